package fr.portailcep.shared;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text shown to a person comes from the bundles {@code i18n/<fonctionnalité>.properties} (UTF-8), one per
 * feature so that features do not edit a shared file. French is the only language today; the bundles are the
 * place where another one would go.
 * <p>
 * Write apostrophes as ’ (U+2019): a straight quote is an escape character for {@link java.text.MessageFormat}.
 */
@Configuration(proxyBeanMethods = false)
class TextesConfiguration {

    static final Locale FRANCAIS = Locale.FRANCE;

    @Bean
    MessageSource messageSource() throws IOException {
        return source();
    }

    /** The bundles as the portal reads them; {@link Formats} reads its patterns through the same settings. */
    static ResourceBundleMessageSource source() throws IOException {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(FRANCAIS);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    /** {@code i18n/compte.properties} → {@code i18n/compte}; locale variants ({@code _en}) are the same bundle. */
    static String[] basenames() throws IOException {
        var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        var noms = new TreeSet<String>();
        Arrays.stream(resources)
                .map(r -> r.getFilename())
                .filter(Objects::nonNull)
                .map(nom -> nom.substring(0, nom.length() - ".properties".length()))
                .map(nom -> nom.contains("_") ? nom.substring(0, nom.indexOf('_')) : nom)
                .forEach(nom -> noms.add("i18n/" + nom));
        return noms.toArray(String[]::new);
    }
}
