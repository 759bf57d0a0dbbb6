package fi.taitoura.demo;

import java.awt.BasicStroke;
import java.awt.Color;
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
 * The demo trainee's diary photo (issue 16): a drawn picture of his work, no person in it: the yard swept with the
 * leaf blower, the leaves in one pile, the machine cleaned with the ear defenders on it. Drawn at start (no image
 * file in the repository).
 */
final class DemoPhoto {

    private DemoPhoto() {
    }

    static byte[] tidyYard() {
        int w = 960;
        int h = 720;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        // autumn sky, the lawn and a paving-stone path swept clean
        g.setPaint(new GradientPaint(0, 0, new Color(150, 190, 225), 0, 260, new Color(214, 228, 238)));
        g.fillRect(0, 0, w, 260);
        g.setColor(new Color(84, 130, 60));
        g.fillRect(0, 260, w, h - 260);
        g.setColor(new Color(170, 166, 158));
        g.fillPolygon(new int[] {380, 580, 820, 140}, new int[] {260, 260, h, h}, 4);
        g.setColor(new Color(140, 136, 128));
        g.setStroke(new BasicStroke(3));
        for (int y = 300; y < h; y += 50) {
            int left = 380 - (y - 260) * 240 / 460;
            int right = 580 + (y - 260) * 240 / 460;
            g.drawLine(left, y, right, y);
        }
        // the leaves blown into one neat pile beside the path
        java.util.Random random = new java.util.Random(16);
        Color[] leaf = {new Color(214, 120, 32), new Color(190, 70, 30), new Color(230, 170, 40),
            new Color(150, 90, 40)};
        for (int i = 0; i < 900; i++) {
            double a = random.nextDouble() * Math.PI;
            double r = Math.sqrt(random.nextDouble());
            int x = 150 + (int) (Math.cos(a) * r * 130);
            int y = 470 - (int) (Math.sin(a) * r * 90);
            g.setColor(leaf[random.nextInt(leaf.length)]);
            g.fillOval(x - 7, y - 4, 14, 8);
        }
        // the leaf blower resting on the lawn, cleaned, and the ear defenders on it
        g.setColor(new Color(226, 110, 20));
        g.fill(new RoundRectangle2D.Float(640, 470, 170, 110, 30, 30));
        g.setColor(new Color(40, 40, 40));
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawArc(670, 420, 110, 100, 0, 180);
        g.setColor(new Color(90, 90, 96));
        g.setStroke(new BasicStroke(30, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(650, 540, 480, 640);
        g.setColor(new Color(200, 30, 30));
        g.fillOval(690, 430, 34, 44);
        g.fillOval(760, 430, 34, 44);
        g.setColor(new Color(30, 30, 30));
        g.setStroke(new BasicStroke(6));
        g.drawArc(705, 400, 75, 60, 0, 180);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
