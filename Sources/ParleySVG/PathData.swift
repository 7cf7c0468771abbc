import ParleyScene

/// Path data (`d`) for scene paths, following Cairo's rules: an arc is joined to the current
/// point by a line, runs clockwise on screen from its start angle to an end raised by 2π until
/// it is not below the start, and a segment without a current point starts one.
enum PathData {
    /// Writes `elements` as path data into `out`.
    static func append(_ elements: [PathElement], to out: inout SVGOutput) {
        var current: Point?
        var subpathStart: Point?
        for element in elements {
            switch element {
            case .move(let point):
                command("M", point, to: &out)
                current = point
                subpathStart = point
            case .line(let point):
                command(current == nil ? "M" : "L", point, to: &out)
                if current == nil { subpathStart = point }
                current = point
            case .curve(let point, let control1, let control2):
                if current == nil {
                    command("M", control1, to: &out)
                    subpathStart = control1
                }
                out.append("C")
                pair(control1, to: &out)
                out.append(" ")
                pair(control2, to: &out)
                out.append(" ")
                pair(point, to: &out)
                current = point
            case .arc(let center, let radius, let startAngle, let endAngle):
                let end = appendArc(center: center, radius: max(0, radius), from: startAngle, to: endAngle, current: current, to: &out)
                if current == nil { subpathStart = end.start }
                current = end.end
            case .close:
                guard current != nil else { continue }
                out.append("Z")
                current = subpathStart
            }
        }
    }

    /// A circle as path data: two half arcs, since one SVG arc cannot close on itself.
    static func appendCircle(center: Point, radius: Double, to out: inout SVGOutput) {
        _ = appendArc(center: center, radius: radius, from: 0, to: 2 * Double.pi, current: nil, to: &out)
        out.append("Z")
    }

    /// A rounded rectangle as Cairo's four quarter arcs make it.
    static func appendRoundedRect(_ frame: Rect, radius: Double, to out: inout SVGOutput) {
        let quarter = Double.pi / 2
        var current: Point?
        for (center, start) in [
            (Point(x: frame.maxX - radius, y: frame.minY + radius), -quarter), (Point(x: frame.maxX - radius, y: frame.maxY - radius), 0),
            (Point(x: frame.minX + radius, y: frame.maxY - radius), quarter),
            (Point(x: frame.minX + radius, y: frame.minY + radius), 2 * quarter),
        ] {
            current = appendArc(center: center, radius: radius, from: start, to: start + quarter, current: current, to: &out).end
        }
        out.append("Z")
    }

    /// One Cairo arc as SVG `A` commands of at most half a turn each; returns where it starts and ends.
    private static func appendArc(
        center: Point, radius: Double, from startAngle: Double, to endAngle: Double, current: Point?, to out: inout SVGOutput
    )
        -> (start: Point, end: Point)
    {
        guard startAngle.isFinite, endAngle.isFinite, radius.isFinite else {
            let point = current ?? center
            return (point, point)
        }
        let turn = 2 * Double.pi
        var sweep = endAngle - startAngle
        // Two finite angles can still be an infinite span apart (±1.7e308): nothing to sweep then.
        guard sweep.isFinite else {
            let point = current ?? center
            return (point, point)
        }
        // Cairo's own reduction of a backward span: fmod, then one turn up.
        if sweep < 0 {
            sweep = sweep.truncatingRemainder(dividingBy: turn)
            if sweep < 0 { sweep += turn }
        }
        // More than a turn draws the circle again: keep one extra turn at most, ending where Cairo ends.
        if sweep > turn { sweep = turn + (sweep - turn).truncatingRemainder(dividingBy: turn) }
        let start = Point(onCircleAround: center, radius: radius, angle: startAngle)
        command(current == nil ? "M" : "L", start, to: &out)
        let pieces = max(1, Int((sweep / Double.pi).rounded(.up)))
        let step = sweep / Double(pieces)
        var end = start
        for index in 1...pieces {
            end = Point(onCircleAround: center, radius: radius, angle: startAngle + step * Double(index))
            guard sweep > 0 else { break }
            out.append("A")
            out.append(number: radius)
            out.append(" ")
            out.append(number: radius)
            out.append(" 0 0 1 ")
            pair(end, to: &out)
        }
        return (start, end)
    }

    private static func command(_ letter: StaticString, _ point: Point, to out: inout SVGOutput) {
        out.append(letter)
        pair(point, to: &out)
    }

    private static func pair(_ point: Point, to out: inout SVGOutput) {
        out.append(number: point.x)
        out.append(" ")
        out.append(number: point.y)
    }
}
