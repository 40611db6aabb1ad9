package fr.portailcep.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring MVC controller whose pages are rendered on the server, HTML-first (DD020): they work without
 * JavaScript and load no Vaadin. Each model then holds {@code mise} ({@link MiseEnPage}: header, navigation,
 * footer, what to prefetch), used by the layout {@code pages/commun/page.html}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PageHtml {
}
