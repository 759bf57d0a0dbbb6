package fi.taitoura.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The logo printed in the header of issued documents: the file named by {@code taitoura.documents.logo}
 * ({@code TAITOURA_LOGO}, PNG or JPEG), or Taitoura's own mark when none is configured.
 */
@Component
public class DocumentBranding {

    private final byte[] logo;

    DocumentBranding(@Value("${taitoura.documents.logo:}") String logoFile) {
        try {
            this.logo = logoFile.isBlank() ? defaultMark() : Files.readAllBytes(Path.of(logoFile));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the document logo " + logoFile, e);
        }
    }

    public byte[] logo() {
        return logo;
    }

    private static byte[] defaultMark() throws IOException {
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0x0b, 0x5c, 0x63));
        g.fillRoundRect(0, 0, 96, 96, 24, 24);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 68));
        var metrics = g.getFontMetrics();
        g.drawString("T", (96 - metrics.stringWidth("T")) / 2, 72);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
