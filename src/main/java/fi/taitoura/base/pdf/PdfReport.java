package fi.taitoura.base.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A printable A4 document in Taitoura's house style: Liberation Sans embedded (so ä, ö and å come through in any
 * viewer and in text extraction), a header with the organisation's name and the document title on every page, and a
 * footer with a note (e.g. the date of printing) and "sivu X / Y".
 * <pre>{@code
 * byte[] pdf = PdfReport.a4("Oppimisympäristön tunnistaminen", "Esimerkkilän kaupunki")
 *         .pageLabel("sivu {0} / {1}").footerNote("Tulostettu 1.2.2026")
 *         .title("Kiinteistö- ja ympäristöhuolto").fields(Map.of("Kunta", "Esimerkkilä"))
 *         .heading("Tunnistetut tutkinnon osat").table(new float[] {1, 4}, List.of("Koodi", "Nimi"), rows)
 *         .finish();
 * }</pre>
 * Build one document per instance; {@link #finish()} closes it and returns the bytes.
 */
public final class PdfReport {

    public static final Color BRAND = new Color(0x0b, 0x5c, 0x63);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xc9, 0xd6, 0xd8);
    private static final Color HEADER_FILL = new Color(0xe6, 0xf2, 0xf3);
    private static final BaseFont REGULAR = font("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = font("liberation/LiberationSans-Bold.ttf");
    private static final BaseFont ITALIC = font("liberation/LiberationSans-Italic.ttf");
    /** sRGB IEC61966-2.1 (icc-profiles-free, zlib licence: pdf/sRGB.icc.LICENSE.txt), the PDF/A output intent. */
    private static final byte[] SRGB = resource("pdf/sRGB.icc");

    private final Document document;
    private final PdfWriter writer;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final HeaderFooter headerFooter;
    /** The same content as semantic HTML (headings, lists, tables, definition lists) for the accessible view. */
    private final StringBuilder html = new StringBuilder();
    private boolean inList;
    private String listTag = "ul";
    private boolean titled;
    private String lastHeading = "";
    private String language = "fi";

    private PdfReport(String documentTitle, String organisation) {
        document = new Document(PageSize.A4, 50, 50, 70, 60);
        writer = PdfWriter.getInstance(document, out);
        // PDF/A-2b (ISO 19005-2, level B): PDF 1.7, XMP metadata, an sRGB output intent, every font embedded and no
        // CIDSet (OpenPDF writes one only for PDF/A-1, where it must be complete). Certificates are archived for
        // decades; the accessible, tagged reading of a document is its HTML view at /verify/{code}/document.
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setPDFXConformance(PdfWriter.PDFA2B);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fi"));
        // an image that does not fit moves to the next page together with what follows it, keeping the order
        writer.setStrictImageSequence(true);
        headerFooter = new HeaderFooter(documentTitle, organisation);
        writer.setPageEvent(headerFooter);
        document.addTitle(documentTitle);
        document.addCreator("Taitoura");
        document.open();
        try {
            writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1", SRGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's natural language (BCP 47, e.g. "fi", "sv", "en"), written as the catalogue's /Lang. */
    public PdfReport language(Locale locale) {
        String lang = locale == null || locale.getLanguage().isEmpty() ? "fi" : locale.getLanguage();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(lang));
        language = lang;
        return this;
    }

    /** A finished document: the PDF and the same content as an HTML fragment (see {@link #finishWithHtml()}). */
    public record Rendered(byte[] pdf, String html, String language) {
    }

    /**
     * Closes the document and returns it with its accessible HTML twin: an {@code <article>} with the organisation,
     * headings, paragraphs, definition lists, tables with header cells and charts as SVG images labelled by their
     * heading. OpenPDF cannot tag a PDF, so this is the reading of the document for screen readers.
     */
    public Rendered finishWithHtml() {
        byte[] pdf = finish();
        closeList();
        String article = "<article lang=\"" + esc(language) + "\">\n<header><p class=\"doc-organisation\">"
                + esc(headerFooter.organisation) + "</p></header>\n" + html + "</article>\n";
        return new Rendered(pdf, article, language);
    }

    private void html(String fragment) {
        closeList();
        html.append(fragment).append('\n');
    }

    private void closeList() {
        if (inList) {
            html.append("</").append(listTag).append(">\n");
            inList = false;
        }
    }

    /** HTML-escapes text, keeping line breaks. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\n' -> b.append("<br>");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Starts an A4 document whose page header shows the organisation's name (may be empty) and the title. */
    public static PdfReport a4(String documentTitle, String organisation) {
        return new PdfReport(documentTitle == null ? "" : documentTitle, organisation == null ? "" : organisation);
    }

    /** The page number pattern of the footer, {0} the page and {1} the page count; default "sivu {0} / {1}". */
    public PdfReport pageLabel(String pattern) {
        headerFooter.pagePattern = pattern;
        return this;
    }

    /**
     * A large diagonal mark (e.g. "LUONNOS") across every page, under the content: a preview can never pass for an
     * issued document. Drawn in light grey with the embedded font, so the document stays PDF/A.
     */
    public PdfReport watermark(String text) {
        headerFooter.watermark = text == null || text.isBlank() ? null : text;
        return this;
    }

    /** A short note at the left of every page's footer, e.g. when and by whom the document was printed. */
    public PdfReport footerNote(String note) {
        headerFooter.note = note == null ? "" : note;
        return this;
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    public PdfReport title(String text) {
        Paragraph p = new Paragraph(text, colored(bold(18), BRAND));
        p.setSpacingAfter(4);
        add(p);
        // one h1 per page: a later title (e.g. an attachment's) starts a part at the next level
        html(titled ? "<h2 class=\"doc-part\">" + esc(text) + "</h2>" : "<h1>" + esc(text) + "</h1>");
        titled = true;
        lastHeading = text;
        return this;
    }

    public PdfReport subtitle(String text) {
        Paragraph p = new Paragraph(text, colored(regular(12), MUTED));
        p.setSpacingAfter(10);
        add(p);
        html("<p class=\"doc-subtitle\">" + esc(text) + "</p>");
        return this;
    }

    public PdfReport heading(String text) {
        keepSpace(110);
        Paragraph p = new Paragraph(text, colored(bold(13), BRAND));
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        p.setKeepTogether(true);
        add(p);
        html("<h2>" + esc(text) + "</h2>");
        lastHeading = text;
        return this;
    }

    public PdfReport subheading(String text) {
        keepSpace(80);
        Paragraph p = new Paragraph(text, bold(10.5f));
        p.setSpacingBefore(6);
        p.setSpacingAfter(2);
        add(p);
        html("<h3>" + esc(text) + "</h3>");
        lastHeading = text;
        return this;
    }

    public PdfReport paragraph(String text) {
        Paragraph p = new Paragraph(text == null ? "" : text, regular(10));
        p.setLeading(13.5f);
        p.setSpacingAfter(4);
        add(p);
        html("<p>" + esc(text) + "</p>");
        return this;
    }

    /** Smaller, grey text: notes and explanations. */
    public PdfReport note(String text) {
        Paragraph p = new Paragraph(text == null ? "" : text, colored(new Font(ITALIC, 8.5f), MUTED));
        p.setSpacingAfter(4);
        add(p);
        html("<p class=\"doc-note\">" + esc(text) + "</p>");
        return this;
    }

    /** An indented line with a bullet. */
    public PdfReport bullet(String text) {
        return listItem("ul", "•  ", 12, -8, text);
    }

    /** An indented numbered step ("1.", "2.", ...; the caller gives the number), an ordered list in the HTML. */
    public PdfReport numbered(int number, String text) {
        return listItem("ol", number + ".  ", 18, -14, text);
    }

    private PdfReport listItem(String tag, String marker, float indent, float hang, String text) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(marker, regular(10)));
        p.add(new Chunk(text == null ? "" : text, regular(10)));
        p.setIndentationLeft(indent);
        p.setFirstLineIndent(hang);
        p.setLeading(13.5f);
        add(p);
        if (inList && !listTag.equals(tag)) {
            closeList();
        }
        if (!inList) {
            html.append("<").append(tag).append(">\n");
            listTag = tag;
            inList = true;
        }
        html.append("<li>").append(esc(text)).append("</li>\n");
        return this;
    }

    /** Label-value pairs as a two-column block, in the map's order; empty values are shown as "–". */
    public PdfReport fields(Map<String, String> fields) {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 3f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        StringBuilder dl = new StringBuilder("<dl>");
        for (var e : fields.entrySet()) {
            dl.append("<dt>").append(esc(e.getKey())).append("</dt><dd>")
                    .append(e.getValue() == null || e.getValue().isBlank() ? "–" : esc(e.getValue())).append("</dd>");
            PdfPCell label = cell(e.getKey(), colored(bold(9.5f), MUTED), null);
            label.setBorder(Rectangle.BOTTOM);
            PdfPCell value = cell(e.getValue() == null || e.getValue().isBlank() ? "–" : e.getValue(), regular(10), null);
            value.setBorder(Rectangle.BOTTOM);
            table.addCell(label);
            table.addCell(value);
        }
        add(table);
        html(dl.append("</dl>").toString());
        return this;
    }

    /** A table with a header row repeated on every page. {@code widths} are relative column widths. */
    public PdfReport table(float[] widths, List<String> headers, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        table.setSpacingAfter(8);
        StringBuilder t = new StringBuilder("<table>");
        if (!lastHeading.isEmpty()) {
            t.append("<caption>").append(esc(lastHeading)).append("</caption>");
        }
        t.append("<thead><tr>");
        for (String h : headers) {
            table.addCell(cell(h, bold(9), HEADER_FILL));
            t.append("<th scope=\"col\">").append(esc(h)).append("</th>");
        }
        t.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            t.append("<tr>");
            for (String value : row) {
                table.addCell(cell(value, regular(9), null));
                t.append("<td>").append(esc(value)).append("</td>");
            }
            t.append("</tr>");
        }
        add(table);
        html(t.append("</tbody></table>").toString());
        return this;
    }

    /** An image (PNG or JPEG bytes) scaled to the given width in points, centred unless {@code left}. */
    public PdfReport image(byte[] bytes, float widthPoints, boolean left) {
        try {
            Image image = Image.getInstance(opaque(bytes));
            image.scaleToFit(widthPoints, widthPoints * 4);
            image.setAlignment(left ? Image.LEFT : Image.MIDDLE);
            image.setSpacingBefore(4);
            image.setSpacingAfter(6);
            add(image);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Vector graphics drawn with Java 2D (e.g. a chart from the shared chart renderer), {@code drawWidth} x
     * {@code drawHeight} units scaled to {@code widthPoints}. Text is drawn as shapes, so any font renders.
     */
    public PdfReport graphics(float widthPoints, int drawWidth, int drawHeight,
                              java.util.function.Consumer<java.awt.Graphics2D> painter) {
        org.jfree.svg.SVGGraphics2D svg = fi.taitoura.base.chart.ChartRenderer.svgCanvas(drawWidth, drawHeight);
        painter.accept(svg);
        html("<figure><div role=\"img\" aria-label=\"" + esc(lastHeading) + "\" class=\"doc-chart\">"
                + svg.getSVGElement() + "</div></figure>");
        PdfTemplate template = writer.getDirectContent().createTemplate(drawWidth, drawHeight);
        java.awt.Graphics2D g = template.createGraphicsShapes(drawWidth, drawHeight);
        try {
            painter.accept(g);
        } catch (org.openpdf.text.pdf.PdfXConformanceException e) {
            // Translucent drawing is refused by OpenPDF's PDF/A check: the graphic goes in as an opaque raster.
            g.dispose();
            return rasterGraphics(widthPoints, drawWidth, drawHeight, painter);
        } finally {
            g.dispose();
        }
        try {
            Image image = Image.getInstance(template);
            image.scaleToFit(widthPoints, widthPoints * drawHeight / drawWidth);
            image.setAlignment(Image.MIDDLE);
            image.setSpacingBefore(4);
            image.setSpacingAfter(6);
            add(image);
        } catch (org.openpdf.text.BadElementException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    private PdfReport rasterGraphics(float widthPoints, int drawWidth, int drawHeight,
                                     java.util.function.Consumer<java.awt.Graphics2D> painter) {
        int scale = 3;
        java.awt.image.BufferedImage raster = new java.awt.image.BufferedImage(drawWidth * scale, drawHeight * scale,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = raster.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, raster.getWidth(), raster.getHeight());
            g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(scale, scale);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(raster, "png", png);
            return image(png.toByteArray(), widthPoints, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image and, beside it, lines of text (e.g. a QR code and the verification instructions). */
    public PdfReport imageWithText(byte[] bytes, float widthPoints, List<String> lines) {
        try {
            PdfPTable table = new PdfPTable(new float[] {widthPoints, 400 - widthPoints});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            Image image = Image.getInstance(opaque(bytes));
            image.scaleToFit(widthPoints, widthPoints);
            PdfPCell imageCell = new PdfPCell(image, false);
            imageCell.setBorder(Rectangle.NO_BORDER);
            imageCell.setPadding(0);
            table.addCell(imageCell);
            Paragraph text = new Paragraph();
            StringBuilder h = new StringBuilder("<p class=\"doc-verification\">");
            for (String line : lines) {
                text.add(new Chunk(line + "\n", regular(9)));
                h.append(esc(line)).append("<br>");
            }
            html(h.append("</p>").toString());
            PdfPCell textCell = new PdfPCell(text);
            textCell.setBorder(Rectangle.NO_BORDER);
            textCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            textCell.setPaddingLeft(8);
            table.addCell(textCell);
            add(table);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines to sign on, each with its label below (place and date, signature and name...). */
    public PdfReport signatureLines(List<String> labels) {
        PdfPTable table = new PdfPTable(Math.max(1, labels.size()));
        table.setWidthPercentage(100);
        table.setSpacingBefore(28);
        for (String label : labels) {
            PdfPCell c = new PdfPCell(new Phrase(label, colored(regular(8.5f), MUTED)));
            c.setBorder(Rectangle.TOP);
            c.setBorderColorTop(Color.BLACK);
            c.setBorderWidthTop(0.7f);
            c.setPaddingTop(3);
            c.setPaddingRight(14);
            table.addCell(c);
        }
        add(table);
        return this;
    }

    /** Starts a new page. */
    public PdfReport newPage() {
        document.newPage();
        return this;
    }

    /** The organisation's logo at the left of every page header (PNG or JPEG); without one, a plain mark. */
    public PdfReport logo(byte[] bytes) {
        try {
            headerFooter.logo = bytes == null ? null : Image.getInstance(opaque(bytes));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Vertical space. */
    public PdfReport space(float points) {
        Paragraph p = new Paragraph(" ", regular(2));
        p.setSpacingAfter(points);
        add(p);
        return this;
    }

    /**
     * Starts a new page unless at least {@code points} of vertical space are left, so that a heading is not left
     * alone at the bottom of a page.
     */
    public PdfReport keepSpace(float points) {
        if (writer.getVerticalPosition(false) - document.bottom() < points) {
            document.newPage();
        }
        return this;
    }

    /** Closes the document and returns it. */
    public byte[] finish() {
        writer.createXmpMetadata();
        document.close();
        return out.toByteArray();
    }

    private void add(Element e) {
        document.add(e);
    }

    private static PdfPCell cell(String text, Font font, Color fill) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setPadding(4);
        c.setPaddingBottom(5);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.5f);
        if (fill != null) {
            c.setBackgroundColor(fill);
        }
        return c;
    }

    private static Font colored(Font f, Color c) {
        f.setColor(c);
        return f;
    }

    /**
     * The image without an alpha channel, drawn on white: OpenPDF's PDF/A check refuses soft masks (/SMask), which
     * it treats by the PDF/A-1 rule. Images without alpha are returned as they are.
     */
    static byte[] opaque(byte[] bytes) throws IOException {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        if (image == null || !image.getColorModel().hasAlpha()) {
            return bytes;
        }
        java.awt.image.BufferedImage flat = new java.awt.image.BufferedImage(image.getWidth(), image.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = flat.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(flat, "png", png);
        return png.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfReport.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + name + " missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfReport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " missing: is openpdf-fonts-extra on the class path?");
            }
            byte[] bytes = in.readAllBytes();
            BaseFont font = BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1),
                    BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
            // The subset's CIDSet would list only the glyphs used while the embedded program keeps more, which
            // PDF/A-2 forbids (6.2.11.4.2); PDF/A-2 lets the CIDSet be left out.
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws header and footer on every page; the page count is filled in when the document closes. */
    private static final class HeaderFooter extends PdfPageEventHelper {

        private final String title;
        private final String organisation;
        private String pagePattern = "sivu {0} / {1}";
        private String note = "";
        private String watermark;
        private PdfTemplate total;
        private Image logo;

        HeaderFooter(String title, String organisation) {
            this.title = title;
            this.organisation = organisation;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (watermark != null) {
                PdfContentByte under = writer.getDirectContentUnder();
                under.saveState();
                under.beginText();
                under.setColorFill(new Color(0xdd, 0xdd, 0xdd));
                float size = Math.min(110, 900f / Math.max(4, watermark.length()));
                under.setFontAndSize(BOLD, size);
                Rectangle page = document.getPageSize();
                under.showTextAligned(Element.ALIGN_CENTER, watermark, page.getWidth() / 2, page.getHeight() / 2, 45);
                under.endText();
                under.restoreState();
            }
            PdfContentByte cb = writer.getDirectContent();
            float left = document.left();
            float right = document.right();
            float top = document.getPageSize().getTop() - 38;
            float bottom = 32;
            cb.saveState();
            float textLeft = left;
            if (logo != null) {
                try {
                    Image l = Image.getInstance(logo);
                    l.scaleToFit(60, 16);
                    l.setAbsolutePosition(left, top - 3);
                    cb.addImage(l);
                    textLeft = left + l.getScaledWidth() + 6;
                } catch (Exception e) {
                    textLeft = left;
                }
            }
            cb.beginText();
            cb.setColorFill(BRAND);
            cb.setFontAndSize(BOLD, 9);
            cb.showTextAligned(Element.ALIGN_LEFT, organisation, textLeft, top, 0);
            cb.setColorFill(MUTED);
            cb.setFontAndSize(REGULAR, 9);
            cb.showTextAligned(Element.ALIGN_RIGHT, title, right, top, 0);
            cb.endText();
            cb.setColorStroke(RULE);
            cb.setLineWidth(0.6f);
            cb.moveTo(left, top - 5);
            cb.lineTo(right, top - 5);
            cb.moveTo(left, bottom + 11);
            cb.lineTo(right, bottom + 11);
            cb.stroke();
            String[] parts = pagePattern.split("\\{1\\}", 2);
            String current = MessageFormat.format(parts[0].replace("'", "''"), writer.getPageNumber());
            float totalWidth = REGULAR.getWidthPoint("999", 8.5f);
            cb.beginText();
            cb.setColorFill(MUTED);
            cb.setFontAndSize(REGULAR, 8.5f);
            cb.showTextAligned(Element.ALIGN_LEFT, note, left, bottom, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, current, right - totalWidth, bottom, 0);
            cb.endText();
            cb.addTemplate(total, right - totalWidth, bottom);
            cb.restoreState();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(REGULAR, 8.5f);
            total.setColorFill(MUTED);
            // the writer has already moved past the last page when the document closes
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }

    /** The Finnish page label, for callers without a translation at hand. */
    public static String defaultPageLabel(Locale locale) {
        return switch (locale == null ? "fi" : locale.getLanguage()) {
            case "sv" -> "sida {0} / {1}";
            case "en" -> "page {0} / {1}";
            default -> "sivu {0} / {1}";
        };
    }
}
