package dev.curvature.spectrum;

/** Which property a spectrum shows; the names are JCAMP-DX / JSpecView peak types. */
public enum SpectrumKind {
    IR("IR", "INFRARED SPECTRUM", "km/mol", "IR intensity"),
    RAMAN("RAMAN", "RAMAN SPECTRUM", "A^4/amu", "Raman activity");

    private final String peakType, dataType, stickUnit, quantity;

    SpectrumKind(String peakType, String dataType, String stickUnit, String quantity) {
        this.peakType = peakType;
        this.dataType = dataType;
        this.stickUnit = stickUnit;
        this.quantity = quantity;
    }

    /** JSpecView PeakData type: "IR" or "RAMAN" (both make Jmol switch vibration on). */
    public String peakType() { return peakType; }

    /** JCAMP-DX ##DATA TYPE. */
    public String jcampDataType() { return dataType; }

    /** Unit of a stick (mode) intensity. */
    public String stickUnit() { return stickUnit; }

    /** Unit of the broadened curve: stick unit per cm⁻¹ (area-normalised line shapes). */
    public String curveUnit() { return stickUnit + " per cm-1"; }

    public String quantity() { return quantity; }
}
