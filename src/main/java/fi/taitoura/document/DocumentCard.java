package fi.taitoura.document;

import java.time.LocalDate;

/** A card or pass as an issued document lists it (name, issued, expires; null expiry = no expiry). */
public record DocumentCard(String name, LocalDate issued, LocalDate expires) {
}
