/// The languages Parley speaks: one file each in `Languages/`, embedded at build time by the
/// `EmbedLanguages` plugin and read once, on first use.
extension Strings {
    /// English, the reference language and every other's fallback.
    public static var english: Strings { LanguageFiles.shared.english }

    /// The codes of every language with a file, sorted (`en`, `ru`, `tr`, `uk`).
    public static var availableLanguages: [String] { LanguageFiles.shared.byCode.keys.sorted() }

    /// The words of `code` (`ru`), with English for what it lacks; `nil` for a language with no file.
    public static func language(_ code: String) -> Strings? { LanguageFiles.shared.byCode[code] }

    /// The problems of the embedded files, for the test that keeps them readable: an embedded
    /// file that does not parse is left out rather than ending the program.
    static var languageFileErrors: [LanguageFileError] { LanguageFiles.shared.errors }
}

/// The embedded files, parsed once, as tables.
private struct LanguageFiles: Sendable {
    let english: Strings
    let byCode: [String: Strings]
    let errors: [LanguageFileError]

    static let shared: LanguageFiles = {
        var files: [LanguageFile] = []
        var errors: [LanguageFileError] = []
        for embedded in embeddedLanguageFiles {
            do throws(LanguageFileError) {
                files.append(try LanguageFile.parse(embedded.text, file: "Sources/ParleyLayout/Languages/\(embedded.name)"))
            } catch {
                errors.append(error)
            }
        }
        let englishFile = files.first { $0.code == "en" }
        let english = Strings(
            language: "en", languageName: englishFile?.name ?? "English", pluralRule: englishFile?.pluralRule ?? .oneOther,
            values: englishFile?.values ?? [:], fallback: [:])
        var byCode = ["en": english]
        for file in files where file.code != "en" {
            var strings = Strings(
                language: file.code, languageName: file.name, pluralRule: file.pluralRule, values: file.values, fallback: english.values)
            strings.zoneNames = file.zoneNames
            byCode[file.code] = strings
        }
        return LanguageFiles(english: english, byCode: byCode, errors: errors)
    }()
}
