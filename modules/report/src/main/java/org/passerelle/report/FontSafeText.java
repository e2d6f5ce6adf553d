package org.passerelle.report;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes text showable in one font, and measures and wraps it.
 *
 * <p>The standard 14 fonts use WinAnsiEncoding: French accents, guillemets and the euro sign are
 * there, but not every character a name may hold ("Nguyễn", Cyrillic, emoji). PDFBox throws on a
 * character the font cannot encode, so each one becomes {@code ?} instead: the report is still
 * produced, and the gap is visible rather than silently respelt. Whitespace and control characters
 * become a plain space.
 */
final class FontSafeText {

    private final PDFont font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    FontSafeText(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    /** The text in NFC with every character the font cannot encode replaced by {@code ?}. */
    String sanitise(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder safe = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint)
                    || Character.isSpaceChar(codePoint)
                    || Character.isISOControl(codePoint)) {
                safe.append(' ');
            } else if (encodable.computeIfAbsent(codePoint, this::canEncode)) {
                safe.appendCodePoint(codePoint);
            } else {
                safe.append('?');
            }
        });
        return safe.toString();
    }

    /** Width in points of already sanitised text. */
    float width(String safeText, float size) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot measure text in " + font.getName(), e);
        }
    }

    /**
     * Splits sanitised text into lines no wider than {@code maxWidth}, breaking between words, and
     * inside a word only when the word alone is too wide. Never returns an empty list.
     */
    List<String> wrap(String safeText, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safeText.trim().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (String piece : breakWord(word, size, maxWidth)) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(piece);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private List<String> breakWord(String word, float size, float maxWidth) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        word.codePoints().forEach(codePoint -> {
            String candidate = piece.toString() + Character.toString(codePoint);
            if (!piece.isEmpty() && width(candidate, size) > maxWidth) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.appendCodePoint(codePoint);
        });
        pieces.add(piece.toString());
        return pieces;
    }

    private boolean canEncode(int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
