/// Runs the built `parley` as a user would, with the tests' pinned fonts.
public enum CommandRunner {
    public static func parley(_ arguments: [String], input: [UInt8] = []) -> (status: Int32, stdout: [UInt8], stderr: String) {
        ExternalTool.capture(
            RepositoryPaths.parleyExecutable, arguments, input: input, environment: ["FONTCONFIG_FILE": TestFonts.configurationPath])
    }
}
