package fi.taitoura.documentation;

import fi.taitoura.base.BusinessRuleException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * A diary photo made safe to keep (issue #16): the type is told by the content (a JPEG or PNG decoder must accept
 * it; the file name and the browser's type are not trusted), the picture is turned upright by its EXIF orientation,
 * scaled to at most {@link #MAX_SIDE} px and encoded anew as a JPEG, which writes none of the original's metadata
 * (EXIF with the camera's location and time, XMP, comments).
 */
final class DiaryPhotos {

    /** The largest upload taken (a phone's camera photo is 2-6 MB). */
    static final int MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
    /** The longer side of a stored photo. */
    static final int MAX_SIDE = 1600;
    /** Refuse pictures larger than this before decoding them (a small file can claim a huge picture). */
    private static final long MAX_PIXELS = 50_000_000L;
    private static final Set<String> FORMATS = Set.of("jpeg", "png");

    /** A cleaned photo: JPEG bytes and its size. */
    record Cleaned(byte[] jpeg, int width, int height) {
    }

    private DiaryPhotos() {
    }

    static Cleaned clean(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new BusinessRuleException("me.diary.photo.notImage");
        }
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw new BusinessRuleException("me.diary.photo.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        BufferedImage image = decode(upload);
        image = upright(image, orientation(upload));
        return encode(scaled(image));
    }

    private static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    if (!FORMATS.contains(reader.getFormatName().toLowerCase(java.util.Locale.ROOT))) {
                        continue;
                    }
                    reader.setInput(in, true, true);
                    if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                        throw new BusinessRuleException("me.diary.photo.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024));
                    }
                    BufferedImage image = reader.read(0);
                    if (image != null) {
                        return image;
                    }
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleException b) {
                throw b;
            }
            // not a picture we can read: refused below
        }
        throw new BusinessRuleException("me.diary.photo.notImage");
    }

    private static BufferedImage scaled(BufferedImage src) {
        int w = src.getWidth();
        int h = src.getHeight();
        double f = Math.min(1.0, (double) MAX_SIDE / Math.max(w, h));
        int nw = Math.max(1, (int) Math.round(w * f));
        int nh = Math.max(1, (int) Math.round(h * f));
        BufferedImage out = new BufferedImage(nw, nh, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE); // a transparent PNG gets a white background
            g.fillRect(0, 0, nw, nh);
            g.drawImage(src, 0, 0, nw, nh, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static Cleaned encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param); // no metadata carried over
        } catch (IOException e) {
            throw new IllegalStateException("Could not encode a photo", e);
        } finally {
            writer.dispose();
        }
        return new Cleaned(bytes.toByteArray(), image.getWidth(), image.getHeight());
    }

    /** Turns the picture as its EXIF orientation (1-8) says, so that it shows upright once the EXIF is gone. */
    static BufferedImage upright(BufferedImage src, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.scale(-1, 1); t.translate(-w, 0); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.scale(1, -1); t.translate(0, -h); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(src, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The EXIF orientation of a JPEG (tag 0x0112 of IFD0 in the APP1 "Exif" segment); 1 when there is none. */
    static int orientation(byte[] b) {
        try {
            if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
                return 1;
            }
            int i = 2;
            while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
                int marker = b[i + 1] & 0xFF;
                int len = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
                if (marker == 0xDA || marker == 0xD9) {
                    return 1; // image data: no EXIF before it
                }
                if (marker == 0xE1 && len >= 16 && b[i + 4] == 'E' && b[i + 5] == 'x' && b[i + 6] == 'i'
                        && b[i + 7] == 'f') {
                    int tiff = i + 10;
                    boolean little = b[tiff] == 'I';
                    int ifd = tiff + read(b, tiff + 4, 4, little);
                    int entries = read(b, ifd, 2, little);
                    for (int e = 0; e < entries; e++) {
                        int at = ifd + 2 + e * 12;
                        if (read(b, at, 2, little) == 0x0112) {
                            return read(b, at + 8, 2, little);
                        }
                    }
                    return 1;
                }
                i += 2 + len;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            // a damaged EXIF: upright as it is
        }
        return 1;
    }

    private static int read(byte[] b, int at, int n, boolean little) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int byteAt = little ? at + n - 1 - k : at + k;
            v = (v << 8) | (b[byteAt] & 0xFF);
        }
        return v;
    }
}
