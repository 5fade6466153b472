package dev.curvature.io.plots;

import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import dev.curvature.io.AtomicFile;
import org.knowm.xchart.XYChart;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes XChart charts (one, or several side by side) as PNG or SVG (by extension), atomically. */
public final class ChartFile {
    private ChartFile() {}

    public static void write(Path file, XYChart chart) throws IOException {
        write(file, List.of(chart), 1);
    }

    /** Several charts of equal size in one image, {@code columns} per row, left to right, top to bottom. */
    public static void write(Path file, List<XYChart> charts, int columns) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int cw = charts.get(0).getWidth(), ch = charts.get(0).getHeight();
        int cols = Math.min(columns, charts.size()), rows = (charts.size() + cols - 1) / cols;
        int w = cw * cols, h = ch * rows;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (name.endsWith(".png")) {
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            paint(g, charts, cols, cw, ch);
            g.dispose();
            ImageIO.write(image, "png", out);
        } else if (name.endsWith(".svg")) {
            VectorGraphics2D g = new VectorGraphics2D();
            paint(g, charts, cols, cw, ch);
            Processors.get("svg").getDocument(g.getCommands(), new PageSize(0, 0, w, h)).writeTo(out);
        } else {
            throw new IOException("cannot write " + file + ": plot format must be .png or .svg");
        }
        AtomicFile.write(file, out.toByteArray());
    }

    /** Whether a plot file name has an extension this class writes (.png or .svg). */
    public static boolean writable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".svg");
    }

    private static void paint(Graphics2D g, List<XYChart> charts, int cols, int cw, int ch) {
        for (int k = 0; k < charts.size(); k++) {
            Graphics2D cell = (Graphics2D) g.create();
            cell.translate((k % cols) * cw, (k / cols) * ch);
            charts.get(k).paint(cell, cw, ch);
            cell.dispose();
        }
    }
}
