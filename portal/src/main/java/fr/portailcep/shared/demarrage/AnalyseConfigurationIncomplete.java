package fr.portailcep.shared.demarrage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints an incomplete configuration as Spring Boot's "APPLICATION FAILED TO START" block, without a stack trace:
 * the person who deploys reads what to set. Registered in {@code META-INF/spring.factories}.
 */
class AnalyseConfigurationIncomplete extends AbstractFailureAnalyzer<ConfigurationIncomplete> {

    @Override
    protected FailureAnalysis analyze(Throwable racine, ConfigurationIncomplete cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Donnez ces réglages (variables d’environnement, voir deploy/README.md, tableau « Réglages »), puis "
                        + "relancez le portail.",
                cause);
    }
}
