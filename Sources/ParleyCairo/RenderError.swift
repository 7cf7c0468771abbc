import ParleyScene

/// The Cairo target's name for the writers' error: its drawing code (painters, handles, the
/// PNG encoder, the measurer) throws it, and the writers pass it on as it is.
public typealias RenderError = SceneWriterError
