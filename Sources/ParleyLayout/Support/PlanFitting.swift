import ParleyModel
import ParleyScene

/// Fits seating plans to the room a chart has, without scaling them: labels first grow into
/// free room, then wrap to narrower columns (more lines), and when even the narrowest column
/// leaves the plan too wide or cuts names, the seats carry numbers and the names go to a list
/// under the plan. Text is never drawn smaller than its role's size.
struct PlanFitting {
    /// One try: the shared metrics and each table's plan.
    struct Fitted {
        var metrics: TablePlan.Metrics
        var plans: [(nodes: [SceneNode], size: Size)]

        /// The widest plan, in points.
        var width: Double { plans.map(\.size.width).max() ?? 0 }
        /// Whether any seat's label of any plan was cut: what a narrower column or numbers can
        /// mend (a caption cut on the table is not, and is listed in the chart's key).
        var cutsText: Bool {
            plans.contains { plan in
                Scene(size: plan.size, nodes: plan.nodes).placedTexts.contains {
                    $0.groupPath.contains("seats") && $0.run.metrics.isTruncated
                }
            }
        }
        /// Whether the seats carry numbers, the names listed under the plans.
        var numbersSeats: Bool { metrics.seatNumbers != nil }
    }

    /// Label column widths tried when the width is fixed, widest first.
    static let labelCaps: [Double] = [320, 260, 190, 150, 120, 96, 72]
    /// Wider columns tried at the chart's natural width when the usual one cuts a label.
    static let naturalGrowth: [Double] = [260, 320]

    /// Past this many drawn seats a table is laid out at most twice (its natural column, then
    /// numbers): a round table of hundreds of seats costs tens of milliseconds a try, and wider
    /// or narrower columns do not make so many names readable.
    static let seatsTriedOnce = 100

    let tables: [Table]
    /// Lays the plans out with labels at most `labelCap` wide, numbered when `numbers` is given,
    /// for `available` points of width (flags shrink to it).
    let make: (_ labelCap: Double, _ numbers: SeatNumbers?, _ available: Double?) -> Fitted

    private var isLarge: Bool {
        tables.contains { table in
            Table.sides(of: table.shape).map { SeatSlot.slots(table.seats($0)).count }.reduce(0, +) > Self.seatsTriedOnce
        }
    }

    /// The plans for `available` points of width (`nil`: the chart's natural width, at most
    /// `widest`), and whether they fit; when nothing fits, the numbered plans, the narrowest
    /// there are, with `fits` false so the chart can name the width they need.
    func fit(available: Double?, naturalCap: Double, widest: Double) -> (fitted: Fitted, fits: Bool) {
        let numbered = { make(PlanFitting.labelCaps.last ?? 72, SeatNumbers(tables), available) }
        guard let available else {
            let natural = make(naturalCap, nil, nil)
            guard natural.width <= widest else {
                let narrow = numbered()
                return (narrow, narrow.width <= widest)
            }
            guard natural.cutsText else { return (natural, true) }
            for cap in Self.naturalGrowth where cap > naturalCap && !isLarge {
                let grown = make(cap, nil, nil)
                if grown.width <= widest, !grown.cutsText { return (grown, true) }
            }
            // A label too long for any column: numbered seats and the list under the plan show
            // it whole, where the plan with labels would cut it beside free room.
            let narrow = numbered()
            return narrow.width <= widest && !narrow.cutsText ? (narrow, true) : (natural, true)
        }
        var firstFitting: Fitted?
        for cap in isLarge ? [naturalCap] : Self.labelCaps {
            let tried = make(cap, nil, available)
            guard tried.width <= available else { continue }
            if !tried.cutsText { return (tried, true) }
            if firstFitting == nil { firstFitting = tried }
        }
        let narrow = numbered()
        if narrow.width <= available { return (narrow, true) }
        if let firstFitting { return (firstFitting, true) }
        return (narrow, false)
    }

    /// The narrowest canvas the plans fit, starting from `canvas` (where they did not): the
    /// plans' width depends a little on the room (flags shrink to it), so the width is raised
    /// until they fit at the width named, or a few tries have passed.
    func narrowestCanvas(from canvas: Double, naturalCap: Double, holding: (Double) -> Double, margin: (Double) -> Double)
        -> Double
    {
        var width = canvas
        for _ in 0..<6 where width <= LayoutOptions.maximumSide {
            let tried = fit(available: width - 2 * margin(width), naturalCap: naturalCap, widest: LayoutOptions.maximumSide)
            if tried.fits { return width }
            width = max(width + 1, holding(tried.fitted.width).rounded(.up))
        }
        return width
    }

    /// The plans for a seating chart's canvas and the narrowest canvas width that holds them
    /// (never under `LayoutOptions.narrowestWidth`): one rule for both seating charts. Throws
    /// when `asked` is narrower than that width, or when no width up to the largest side works.
    func fittedCanvas(available: Double?, naturalCap: Double, asked: Double?, margin: Double) throws(LayoutError) -> (
        fitted: Fitted, minimum: Double
    ) {
        let (fitted, fits) = fit(available: available, naturalCap: naturalCap, widest: LayoutOptions.maximumSide - 2 * margin)
        let minimum = max(
            LayoutOptions.narrowestWidth,
            fits
                ? 0
                : narrowestCanvas(
                    from: SeatingLayout.canvasWidth(holding: fitted.width).rounded(.up), naturalCap: naturalCap,
                    holding: SeatingLayout.canvasWidth(holding:), margin: SeatingLayout.margin(forWidth:)))
        // Numbered and still wider than the largest side: no width works.
        guard minimum <= LayoutOptions.maximumSide else { throw .chartTooWide(needed: minimum) }
        if let asked, !fits || asked < minimum { throw .widthTooNarrow(asked: asked, minimum: minimum, chart: nil) }
        guard fits else { throw .chartTooWide(needed: fitted.width + 2 * margin) }
        return (fitted, minimum)
    }
}
