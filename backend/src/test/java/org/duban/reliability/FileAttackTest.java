package org.duban.reliability;

import static org.duban.support.ApiSpec.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.duban.support.Auth;
import org.duban.support.Fixtures;
import org.duban.support.Imports;
import org.junit.jupiter.api.Test;

/**
 * Hostile files: a body over the size limit is refused before it is read, and a spreadsheet that
 * inflates a thousandfold is refused without being inflated, writing nothing. (Evidence recognised by
 * content rather than name, its size limit and its file name kept free of path separators are
 * checked in ReportWorkflowTest.)
 */
@QuarkusTest
class FileAttackTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TestHTTPResource("/api/v1/imports")
    URI imports;

    /** Announces 30 MB (the limit is 25 MB) and sends only the first megabyte: the answer must not wait for the rest. */
    @Test
    void anOversizedUploadIs413BeforeTheBodyIsRead() throws IOException {
        long plan = Fixtures.plan();
        long started = System.nanoTime();
        String statusLine;
        String contentType = null;
        try (Socket socket = new Socket(imports.getHost(), imports.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + imports.getPath() + "?kind=metric-values&planId=" + plan + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Auth.admin() + "\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: " + 30L * 1024 * 1024 + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(new byte[1024 * 1024]);
                out.flush();
            } catch (IOException closedByTheServer) {
                // the server may answer and close while the client still writes: the answer is what counts
            }
            BufferedReader answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            statusLine = answer.readLine();
            for (String header = answer.readLine(); header != null && !header.isEmpty(); header = answer.readLine()) {
                contentType = header.toLowerCase().startsWith("content-type:") ? header.substring(13).trim() : contentType;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("oversized upload: " + statusLine + " after " + millis + " ms");
        assertTrue(statusLine != null && statusLine.startsWith("HTTP/1.1 413"), statusLine);
        assertTrue(millis < 3000, "413 took " + millis + " ms");
        assertEquals("application/problem+json", contentType);
    }

    @Test
    void aSpreadsheetThatInflatesAThousandfoldIsRefusedAndWritesNothing() throws IOException {
        long plan = Fixtures.plan();
        byte[] bomb = zipBomb(64 * 1024 * 1024);
        System.out.println("zip bomb: " + bomb.length + " bytes inflating to 64 MB");
        long job = api().contentType(XLSX).queryParam("kind", "metric-values").queryParam("planId", plan)
                .queryParam("dryRun", false).body(bomb).post("/api/v1/imports").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        JsonPath ended = Imports.await(org.duban.support.ApiSpec::api, job);
        assertEquals("FAILED", ended.getString("state"), ended.prettify());
        assertTrue(ended.getString("message").contains("expands too far"), ended.getString("message"));
        assertEquals(0, ended.getInt("created"));
    }

    /** An XLSX package whose one sheet is {@code size} bytes of blanks: a few tens of kilobytes compressed. */
    private static byte[] zipBomb(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int written = 0; written < size; written += blanks.length) {
                zip.write(blanks);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
