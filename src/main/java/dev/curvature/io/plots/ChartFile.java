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
import java.util.Locale;

/** Writes one XChart chart as PNG or SVG (by extension), atomically. */
public final class ChartFile {
    private ChartFile() {}

    public static void write(Path file, XYChart chart) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int w = chart.getWidth(), h = chart.getHeight();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (name.endsWith(".png")) {
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            chart.paint(g, w, h);
            g.dispose();
            ImageIO.write(image, "png", out);
        } else if (name.endsWith(".svg")) {
            VectorGraphics2D g = new VectorGraphics2D();
            chart.paint(g, w, h);
            Processors.get("svg").getDocument(g.getCommands(), new PageSize(0, 0, w, h)).writeTo(out);
        } else {
            throw new IOException("cannot write " + file + ": plot format must be .png or .svg");
        }
        AtomicFile.write(file, out.toByteArray());
    }
}
