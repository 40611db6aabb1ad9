package fr.portailcep.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public service method (or every public method of a class) meant for other features, jobs and the start-up, not
 * for a person: it does not check who calls it, because its caller already did or acts on behalf of the system.
 * A view never calls it ({@code ArchitectureTest}); the authorisation matrix test ({@code MatriceDesDroitsIT}) lists
 * every other public service method with who may call it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Systeme {
}
