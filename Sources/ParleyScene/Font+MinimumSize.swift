extension Font {
    /// The smallest text a chart draws, in points at scale 1, after every transform of the groups
    /// around it: 8 points, the smallest a printed caption stays readable at. Charts that run out
    /// of room reflow (wrap to more lines, move seat names to a list, stack panels) or grow
    /// taller; they never shrink text below this.
    public static let minimumSize = 8.0
}
