package fr.portailcep.shared.demarrage;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a portal that would run on guesses. Outside the demo, the public address, the passkeys' domain
 * the SMTP relay and the key of the waiting courriels must be given: without them, links in courriels and passkeys would point at
 * {@code localhost} and no courriel would leave. In the demo, a database other than the embedded one is refused
 * unless {@code PORTAIL_DEMO_BASE_EXTERNE=true} says so: the demo loads its people and its one-click sign-in into
 * whatever database it is given.
 * <p>
 * Checked before any bean is created (a bean factory post-processor), so that nothing has touched the database
 * yet; every missing setting is listed at once ({@link ConfigurationIncomplete}).
 */
@Component
class ConfigurationVerifiee implements BeanFactoryPostProcessor, EnvironmentAware, PriorityOrdered {

    /** Addresses a browser treats as secure without https (WebAuthn and {@code Secure} cookies work there). */
    private static final Set<String> HOTES_LOCAUX = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private Environment environnement;

    /** Given by Spring before any bean exists (a post-processor gets no constructor injection). */
    @Override
    public void setEnvironment(Environment environnement) {
        this.environnement = environnement;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory usine) {
        var problemes = problemes(environnement);
        if (!problemes.isEmpty()) {
            throw new ConfigurationIncomplete(problemes);
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    /** What is missing or wrong, one line each, in French, naming the environment variable to set. */
    static List<String> problemes(Environment environnement) {
        var problemes = new ArrayList<String>();
        var demo = environnement.matchesProfiles("demo");
        var url = valeur(environnement, "portail.url-publique");
        var rpId = valeur(environnement, "portail.webauthn.rp-id");
        URI adresse = null;
        if (url.isEmpty()) {
            if (!demo) {
                problemes.add("PORTAIL_URL_PUBLIQUE (portail.url-publique) manque : l’adresse publique du portail, "
                        + "celle des liens dans les courriels, par exemple https://cep.mon-operateur.fr");
            }
        } else {
            adresse = adresse(url);
            if (adresse == null) {
                problemes.add("PORTAIL_URL_PUBLIQUE = « " + url + " » n’est pas une adresse complète "
                        + "(https://nom-de-domaine).");
            } else if (!demo && !"https".equals(adresse.getScheme()) && !HOTES_LOCAUX.contains(adresse.getHost())) {
                problemes.add("PORTAIL_URL_PUBLIQUE = « " + url + " » doit commencer par https:// : les clés d’accès "
                        + "et le cookie de session sécurisé l’exigent.");
            }
        }
        if (rpId.isEmpty()) {
            if (!demo) {
                problemes.add("PORTAIL_WEBAUTHN_RP_ID (portail.webauthn.rp-id) manque : le domaine des clés d’accès, "
                        + "le nom de l’adresse publique ou un domaine parent, par exemple cep.mon-operateur.fr");
            }
        } else if (adresse != null && !domaineOuParent(rpId, adresse.getHost())) {
            problemes.add("PORTAIL_WEBAUTHN_RP_ID = « " + rpId + " » n’est ni le nom de l’adresse publique ("
                    + adresse.getHost() + ") ni un domaine parent de celui-ci : aucune clé d’accès ne fonctionnerait.");
        }
        if (!demo && valeur(environnement, "spring.mail.host").isEmpty()) {
            problemes.add("SPRING_MAIL_HOST (spring.mail.host) manque : le relais SMTP qui envoie les courriels "
                    + "(codes de connexion, rendez-vous, messages).");
        }
        if (!demo && valeur(environnement, "portail.courriel.cle").isEmpty()) {
            problemes.add("PORTAIL_CLE_COURRIELS (portail.courriel.cle) manque : la clé qui chiffre les courriels en "
                    + "attente d’envoi, 32 octets aléatoires en base64 (par exemple « openssl rand -base64 32 »).");
        }
        if (demo && !valeur(environnement, "spring.datasource.url").isEmpty()
                && !environnement.getProperty("portail.demo.base-externe", Boolean.class, false)) {
            problemes.add("Le profil demo refuse la base donnée par SPRING_DATASOURCE_URL : il y chargerait ses "
                    + "personnes de démonstration et la connexion en un clic. Retirez SPRING_DATASOURCE_URL pour "
                    + "utiliser le PostgreSQL embarqué, ou, si cette base ne sert qu’à la démonstration, ajoutez "
                    + "PORTAIL_DEMO_BASE_EXTERNE=true.");
        }
        return problemes;
    }

    private static String valeur(Environment environnement, String cle) {
        var valeur = environnement.getProperty(cle, "");
        return valeur.strip();
    }

    private static URI adresse(String url) {
        try {
            var uri = URI.create(url);
            var schema = uri.getScheme();
            if (("https".equals(schema) || "http".equals(schema)) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // Said below.
        }
        return null;
    }

    /** WebAuthn's rule: the rpId is the host itself or a domain it belongs to. */
    static boolean domaineOuParent(String rpId, String hote) {
        var domaine = rpId.toLowerCase(Locale.ROOT);
        var nom = hote.toLowerCase(Locale.ROOT);
        return nom.equals(domaine) || nom.endsWith("." + domaine);
    }
}
