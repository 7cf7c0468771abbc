// Load a meeting model, lay out one chart as a scene, and write it as PNG and SVG.
import Foundation
import Parley
import ParleyLayout

// The model's own folder is where its flag pictures are read from, whatever the current folder.
let model = try Parley.load("Samples/istanbul-2025.yaml")
model.warnings.forEach { print($0) }

// One request says which chart and how: here round 2's seating, in the print theme.
var request = ChartRequest(chart: SeatingLayout.name)
request.layout.roundID = "round-2"
request.layout.theme = .print

// A renderer keeps one text measurer for many charts; the scene is the plain description of
// the picture that every writer draws.
let renderer = try ChartRenderer()
let scene = try renderer.scene(of: model, request: request)
print("\(scene.title): \(Int(scene.size.width)) × \(Int(scene.size.height)) points")
// A flag picture that could not be drawn falls back to the party's colour, with a warning.
renderer.warnings.forEach { print($0) }

let output = FileManager.default.temporaryDirectory.appendingPathComponent("round-2-seating")
for format in [OutputFormat.png, .svg] {
    let bytes = try renderer.render(scene, request: request, format: format)
    let file = output.appendingPathExtension(format.rawValue)
    try Data(bytes).write(to: file)
    print("wrote \(bytes.count) bytes to \(file.lastPathComponent)")
}
