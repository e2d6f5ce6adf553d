package org.passerelle.bench.baseline;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The baseline's root, under the WAR's context root {@code /bench-baseline}. */
@ApplicationPath("/")
public class BaselineApi extends Application {}
