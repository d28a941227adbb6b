/// Charts laid out at build time: the geometry is computed here and the theme draws it as SVG
/// (`partials/chart.mustache`), so a page needs no script and no chart library to show it.
enum ChartLayout {
    struct Entry {
        var label: String
        var url: String?
        /// What the bar's length shows.
        var value: Int
        var valueText: String
        /// The table's cells after the label (every metric).
        var cells: [String]
    }

    static let width = 640
    private static let rowHeight = 32
    private static let barHeight = 20
    private static let labelWidth = 250
    /// Room left of the right edge for the value printed after the longest bar.
    private static let valueRoom = 80
    private static let svgLabelLength = 30

    /// One horizontal bar per entry, its label on the left and its value after it.
    static func bars(id: String, title: String, summary: String, header: [String], entries: [Entry]) -> ChartContext {
        let maximum = max(1, entries.map(\.value).max() ?? 1)
        let span = width - labelWidth - valueRoom
        let bars = entries.enumerated().map { index, entry in
            let top = index * rowHeight + 6
            let length = entry.value * span / maximum
            return BarContext(label: shortened(entry.label), value: entry.valueText, x: labelWidth, y: top, width: length,
                              height: barHeight, labelX: labelWidth - 8, labelY: top + 15, valueX: labelWidth + length + 6,
                              valueY: top + 15)
        }
        return ChartContext(id: id, title: title, summary: summary, width: width, height: max(1, entries.count) * rowHeight + 8,
                            bars: bars, ticks: [], columns: false, header: header,
                            rows: entries.map { ChartRowContext(label: $0.label, url: $0.url, values: $0.cells) })
    }

    /// One column per entry (weeks, left to right), some of them labelled underneath.
    static func columns(id: String, title: String, summary: String, header: [String], entries: [Entry]) -> ChartContext {
        let height = 240, plotTop = 24, plotBottom = 200
        let maximum = max(1, entries.map(\.value).max() ?? 1)
        // Room on both sides for the first and last labels, centred under their column.
        let margin = 44
        let slot = (width - 2 * margin) / max(1, entries.count)
        let barWidth = max(2, slot * 7 / 10)
        // About eight labels at most, so they never overlap.
        let tickEvery = max(1, (entries.count + 7) / 8)
        let showValues = entries.count <= 16
        var bars: [BarContext] = []
        var ticks: [TickContext] = []
        for (index, entry) in entries.enumerated() {
            let length = entry.value * (plotBottom - plotTop) / maximum
            let x = margin + index * slot + (slot - barWidth) / 2
            bars.append(BarContext(label: entry.label, value: showValues ? entry.valueText : nil, x: x, y: plotBottom - length,
                                   width: barWidth, height: length, labelX: x + barWidth / 2, labelY: plotBottom - length - 6,
                                   valueX: x + barWidth / 2, valueY: plotBottom - length - 6))
            if index % tickEvery == 0 {
                ticks.append(TickContext(label: entry.label, x: x + barWidth / 2, y: plotBottom + 20))
            }
        }
        return ChartContext(id: id, title: title, summary: summary, width: width, height: height, bars: bars, ticks: ticks,
                            columns: true, header: header,
                            rows: entries.map { ChartRowContext(label: $0.label, url: $0.url, values: $0.cells) })
    }

    /// SVG text does not wrap: long titles are cut there (the table has them whole).
    private static func shortened(_ label: String) -> String {
        label.count <= svgLabelLength ? label : String(label.prefix(svgLabelLength - 1)) + "…"
    }
}
