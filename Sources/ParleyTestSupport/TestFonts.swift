#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Points fontconfig at the project's test configuration (only DejaVu) before any text is set.
/// Call it first in every test that measures or renders text; later calls do nothing.
public enum TestFonts {
    public static let configurationPath = RepositoryPaths.root + "/Tests/Fixtures/fonts.conf"

    public static func pin() {
        setenv("FONTCONFIG_FILE", configurationPath, 0)
    }
}
