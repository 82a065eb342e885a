package org.duban.importing.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Shared by the parser fuzz tests: a hang guard, and zipping OOXML parts for their structured inputs. */
public final class ParserFuzzSupport {
    /** Longer than any input may take, even on a loaded machine: beyond it the parser is taken to hang. */
    static final long HANG_SECONDS = 30;

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parser-fuzz-worker");
        thread.setDaemon(true);
        return thread;
    });

    private ParserFuzzSupport() {
    }

    public interface Parse {
        void run() throws Exception;
    }

    /**
     * Runs one parse and fails when it takes longer than {@link #HANG_SECONDS}. (Jazzer would take JUnit's @Timeout as
     * its per-input limit, but JUnit then also applies it to the whole fuzzing run; libFuzzer's default is 20 minutes.)
     */
    public static void bounded(Parse parse) throws Exception {
        Future<?> running = WORKER.submit(() -> {
            parse.run();
            return null;
        });
        try {
            running.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new AssertionError("the parser hangs: no result after " + HANG_SECONDS + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception exception) {
                throw exception;
            }
            throw (Error) e.getCause();
        }
    }

    /** Entries in name order, so that a seed always zips the same. */
    public static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : new TreeSet<>(entries.keySet())) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(entries.get(name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
