package org.duban.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.lowagie.text.pdf.BaseFont;
import org.duban.common.Unavailable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The CJK font PDFs embed (subset), so Chinese renders in any viewer: DUBAN_EXPORT_PDF_FONT when set
 * ("file.ttc,index" picks a face of a collection), else the first of the Debian fonts found
 * (fonts-wqy-microhei, fonts-noto-cjk — scripts/ensure-browser.sh installs them).
 */
@ApplicationScoped
public class PdfFonts {
    private static final Logger LOG = Logger.getLogger(PdfFonts.class);
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private final Optional<String> configured;
    private volatile BaseFont font;

    PdfFonts(@ConfigProperty(name = "duban.export.pdf-font") Optional<String> configured) {
        this.configured = configured;
    }

    public BaseFont font() {
        BaseFont loaded = font;
        if (loaded == null) {
            synchronized (this) {
                if (font == null) {
                    font = load();
                }
                loaded = font;
            }
        }
        return loaded;
    }

    private BaseFont load() {
        List<String> tried = configured.map(List::of).orElse(CANDIDATES);
        for (String candidate : tried) {
            String file = candidate.replaceFirst(",\\d+$", "");
            if (Files.isReadable(Path.of(file))) {
                try {
                    BaseFont loaded = BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                    LOG.infof("PDF exports embed the font %s", candidate);
                    return loaded;
                } catch (Exception e) {
                    LOG.warnf("cannot use %s as the PDF font: %s", candidate, e.getMessage());
                }
            }
        }
        throw new Unavailable("PDF export needs a Chinese font: install fonts-wqy-microhei or fonts-noto-cjk, "
                + "or set DUBAN_EXPORT_PDF_FONT to a .ttf/.ttc file");
    }
}
