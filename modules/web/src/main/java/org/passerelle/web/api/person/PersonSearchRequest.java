package org.passerelle.web.api.person;

import java.time.LocalDate;

/** Either a NIR, or names and birth date: the NIR never travels in a URL (S8). */
public record PersonSearchRequest(String nir, String lastName, String firstNames, LocalDate birthDate) {}
