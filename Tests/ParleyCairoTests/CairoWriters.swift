import ParleyCairo
import ParleyScene

/// The Cairo writers by name, for tests that run over all three (this target sits below the
/// facade's format table, which `ParleyTests` checks on its own).
enum CairoWriters {
    static let names = ["svg", "png", "pdf"]

    static func named(_ name: String) -> any SceneWriter {
        switch name {
        case "png": CairoPNGWriter()
        case "pdf": CairoPDFWriter()
        default: CairoSVGWriter()
        }
    }
}
