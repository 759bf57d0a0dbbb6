package fi.taitoura.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The demo trainee's diary photo (issue 16): a drawn picture of his work, no person in it: the recycling point's
 * three bins, the cardboard flattened and in its own bin. Drawn at start (no image file in the repository).
 */
final class DemoPhoto {

    private DemoPhoto() {
    }

    static byte[] recyclingPoint() {
        int w = 960;
        int h = 720;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // a wall of the shelter and the asphalt in front of it
        g.setPaint(new GradientPaint(0, 0, new Color(196, 170, 140), 0, 430, new Color(160, 132, 104)));
        g.fillRect(0, 0, w, 430);
        g.setColor(new Color(120, 96, 74));
        for (int x = 0; x < w; x += 64) {
            g.fillRect(x, 0, 4, 430);
        }
        g.setPaint(new GradientPaint(0, 430, new Color(92, 96, 100), 0, h, new Color(58, 60, 64)));
        g.fillRect(0, 430, w, h - 430);
        g.setColor(new Color(230, 200, 40));
        g.fillRect(0, 640, w, 10);

        bin(g, 90, new Color(28, 86, 160), "PAHVI");
        bin(g, 380, new Color(46, 125, 60), "BIO");
        bin(g, 670, new Color(110, 114, 120), "SEKA");

        // flattened cardboard sticking out of the blue bin and a neat stack beside it
        g.setColor(new Color(186, 140, 84));
        g.fillPolygon(new int[] {120, 300, 290, 130}, new int[] {250, 230, 200, 215}, 4);
        for (int i = 0; i < 5; i++) {
            int y = 600 - i * 14;
            g.setColor(i % 2 == 0 ? new Color(190, 146, 90) : new Color(172, 128, 76));
            g.fillRect(300 - 10 + i * 2, y, 70, 12);
        }
        // a broom leaning on the wall
        g.setColor(new Color(90, 60, 30));
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(920, 150, 880, 560);
        g.setColor(new Color(200, 60, 40));
        g.fillRect(850, 555, 60, 40);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void bin(Graphics2D g, int x, Color color, String label) {
        int y = 240;
        int bw = 220;
        int bh = 380;
        g.setColor(new Color(30, 30, 30, 90));
        g.fill(new RoundRectangle2D.Float(x + 10, y + bh - 10, bw, 30, 20, 20));
        g.setColor(color);
        g.fill(new RoundRectangle2D.Float(x, y, bw, bh, 24, 24));
        g.setColor(color.darker());
        g.fill(new RoundRectangle2D.Float(x - 10, y - 30, bw + 20, 44, 16, 16));
        g.setColor(new Color(255, 255, 255));
        g.fill(new RoundRectangle2D.Float(x + 30, y + 90, bw - 60, 70, 12, 12));
        g.setColor(new Color(20, 20, 20));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        int tw = g.getFontMetrics().stringWidth(label);
        g.drawString(label, x + (bw - tw) / 2, y + 140);
        g.setColor(new Color(20, 20, 20));
        g.fillOval(x + 20, y + bh - 16, 36, 36);
        g.fillOval(x + bw - 56, y + bh - 16, 36, 36);
    }
}
