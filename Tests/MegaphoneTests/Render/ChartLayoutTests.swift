import Testing
@testable import MegaphoneRender

/// Charts laid out at build time: bars in proportion, inside the drawing, labels that do not crowd.
@Suite struct ChartLayoutTests {
    static func entries(_ values: [Int]) -> [ChartLayout.Entry] {
        values.enumerated().map { ChartLayout.Entry(label: "w\($0)", url: nil, value: $1, valueText: "\($1)", cells: ["\($1)"]) }
    }

    @Test func barsAreInProportionAndStayInsideTheDrawing() {
        let chart = ChartLayout.bars(id: "c", title: "t", summary: "s", header: ["a", "b"], entries: Self.entries([200, 100, 0]))
        #expect(chart.bars.map(\.width) == [310, 155, 0])
        #expect(chart.bars.allSatisfy { $0.x + $0.width + 80 <= chart.width })
        #expect(chart.rows.map(\.values) == [["200"], ["100"], ["0"]])
        #expect(chart.height == 3 * 32 + 8)
    }

    @Test func manyColumnsHideTheirValuesAndLabelAboutEightOfThem() {
        let chart = ChartLayout.columns(id: "c", title: "t", summary: "s", header: ["a", "b"], entries: Self.entries(Array(1...53)))
        #expect(chart.bars.allSatisfy { $0.value == nil })
        #expect((7...9).contains(chart.ticks.count))
        #expect(chart.bars.last.map { $0.x + $0.width } ?? .max <= chart.width)
        #expect(chart.bars.last?.height == 200 - 24)
        let few = ChartLayout.columns(id: "c", title: "t", summary: "s", header: ["a", "b"], entries: Self.entries([3, 6]))
        #expect(few.bars.map(\.value) == ["3", "6"])
    }
}
