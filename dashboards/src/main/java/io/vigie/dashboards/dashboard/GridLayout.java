package io.vigie.dashboards.dashboard;

/** Flows panels left to right on Kibana's 48-column dashboard grid, starting a new row when one is full. */
final class GridLayout {
    static final int COLUMNS = 48;
    private int x;
    private int y;
    private int rowHeight;

    record Cell(int x, int y, int w, int h) {
    }

    Cell place(int w, int h) {
        if (w < 1 || w > COLUMNS || h < 1) {
            throw new IllegalArgumentException("panel size out of grid: " + w + "x" + h);
        }
        if (x + w > COLUMNS) {
            x = 0;
            y += rowHeight;
            rowHeight = 0;
        }
        Cell c = new Cell(x, y, w, h);
        x += w;
        rowHeight = Math.max(rowHeight, h);
        return c;
    }
}
