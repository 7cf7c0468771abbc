// Colours are shared with the model (which must not know of scenes), so they live in their
// own target; every user of the scene gets them with it.
@_exported import ParleyColor
