package fr.portailcep.operateur;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.GestionAcces;
import fr.portailcep.compte.Role;
import fr.portailcep.shared.Textes;

/**
 * A real deployment starts from its configuration ({@code portail.mise-en-service.*}, see deploy/README.md): the
 * operator, its sites and its first manager, who then invites the rest of the team from the "Équipe" page. At every
 * start, what is configured and missing is created; nothing existing is changed. Two instances starting together
 * create it once (an advisory lock). The demo has its own data instead.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!demo")
@EnableConfigurationProperties(MiseEnService.Reglages.class)
class MiseEnService {

    private static final Logger LOG = LoggerFactory.getLogger(MiseEnService.class);

    @ConfigurationProperties("portail.mise-en-service")
    record Reglages(OperateurReglage operateur, List<SiteReglage> sites, ManagerReglage manager,
            List<ManagerReglage> mediateurs, List<Reinitialisation> reinitialisations) {
        Reglages {
            sites = sites == null ? List.of() : sites;
            mediateurs = mediateurs == null ? List.of() : mediateurs;
            reinitialisations = reinitialisations == null ? List.of() : reinitialisations;
        }
    }

    /**
     * The operations team resets the access of a professional who lost their passkey and whom no manager may reset
     * (a manager, the médiateur): done once per reference (a ticket number, say), whatever the restarts.
     */
    record Reinitialisation(String courriel, String reference) {
    }

    record OperateurReglage(String code, String nom, Integer lot, String region, String telephone, String siteWeb) {
    }

    record SiteReglage(String nom, String adresse, String codePostal, String commune, String departement,
            String telephone, String acces, String accessibilite) {
    }

    record ManagerReglage(String courriel, String prenom, String nom) {
    }

    @Bean
    ApplicationRunner miseEnServiceAuDemarrage(Reglages reglages, OperateurService operateurs, CompteService comptes,
            EquipeService equipe, GestionAcces acces, Textes textes, JdbcClient jdbc,
            TransactionTemplate transaction) {
        return arguments -> transaction.executeWithoutResult(statut -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('portail-mise-en-service'))").query().singleRow();
            mediateurs(reglages, comptes, equipe, textes);
            reinitialisations(reglages, equipe, acces, jdbc);
            if (reglages.operateur() != null && reglages.operateur().code() != null && operateurs.operateur().isEmpty()) {
                var o = reglages.operateur();
                operateurs.enregistrer(new Operateur(o.code(), o.nom(), java.util.Objects.requireNonNull(o.lot(),
                        "portail.mise-en-service.operateur.lot manque (numéro du lot de l’accord-cadre)"), o.region(),
                        o.telephone(), o.siteWeb()));
                LOG.info("Mise en service : opérateur {} ({}) enregistré", o.nom(), o.code());
            }
            var operateur = operateurs.operateur();
            if (operateur.isEmpty()) {
                if (!reglages.sites().isEmpty() || reglages.manager() != null) {
                    LOG.warn("Mise en service : aucun opérateur configuré (portail.mise-en-service.operateur.*), "
                            + "sites et manager non créés");
                }
                return;
            }
            for (var s : reglages.sites()) {
                if (operateurs.sites().stream().noneMatch(existant -> existant.nom().equals(s.nom()))) {
                    operateurs.ajouterSite(new Site(operateur.get(), s.nom(), s.adresse(), s.codePostal(), s.commune(),
                            s.departement(), s.telephone(), s.acces(), s.accessibilite()));
                    LOG.info("Mise en service : site {} ajouté", s.nom());
                }
            }
            var manager = reglages.manager();
            if (manager == null || manager.courriel() == null || manager.courriel().isBlank()) {
                return;
            }
            var adresse = AdresseCourriel.lire(manager.courriel()).orElseThrow(() -> new IllegalStateException(
                    "portail.mise-en-service.manager.courriel n’est pas une adresse valide : " + manager.courriel()));
            if (comptes.parEmail(adresse).isPresent()) {
                return;
            }
            var compte = comptes.creerProfessionnel(adresse, Role.MANAGER, manager.prenom(), manager.nom());
            operateurs.affecterSeulement(compte.id(), operateurs.sites().stream().map(Site::id).toList());
            equipe.envoyerInvitation(compte, textes.get("equipe.courriel.mise-en-service.texte", operateur.get().nom()));
            LOG.info("Mise en service : premier manager {} créé et invité", compte.email());
        });
    }

    /**
     * The médiateurs of France compétences: independent of the operator, so set up here and never from the team
     * page (docs/decisions/DD010). Created if missing and invited; nothing existing is changed.
     */
    private static void mediateurs(Reglages reglages, CompteService comptes, EquipeService equipe, Textes textes) {
        for (var m : reglages.mediateurs()) {
            if (m.courriel() == null || m.courriel().isBlank()) {
                continue;
            }
            var adresse = AdresseCourriel.lire(m.courriel()).orElseThrow(() -> new IllegalStateException(
                    "portail.mise-en-service.mediateurs[].courriel n’est pas une adresse valide : " + m.courriel()));
            var existant = comptes.parEmail(adresse);
            if (existant.isPresent()) {
                if (existant.get().role() != Role.MEDIATEUR) {
                    LOG.warn("Mise en service : {} a déjà un compte qui n’est pas celui d’un médiateur", adresse);
                }
                continue;
            }
            var compte = comptes.creerProfessionnel(adresse, Role.MEDIATEUR, m.prenom(), m.nom());
            equipe.envoyerInvitation(compte, textes.get("equipe.courriel.mediateur.texte"));
            LOG.info("Mise en service : médiateur {} créé et invité", compte.email());
        }
    }

    /** Each configured reset, once per reference: passkeys removed, sessions closed, the person told. */
    private static void reinitialisations(Reglages reglages, EquipeService equipe, GestionAcces acces,
            JdbcClient jdbc) {
        for (var r : reglages.reinitialisations()) {
            if (r.courriel() == null || r.courriel().isBlank() || r.reference() == null || r.reference().isBlank()) {
                continue;
            }
            var adresse = AdresseCourriel.lire(r.courriel()).orElseThrow(() -> new IllegalStateException(
                    "portail.mise-en-service.reinitialisations[].courriel n’est pas une adresse valide : "
                            + r.courriel()));
            var nouvelle = jdbc.sql("insert into reinitialisation_exploitation (courriel, reference, faite_le)"
                    + " values (:courriel, :reference, now()) on conflict do nothing")
                    .param("courriel", adresse.valeur()).param("reference", r.reference().strip()).update();
            if (nouvelle == 0) {
                continue;
            }
            var compte = acces.reinitialiserParLExploitation(adresse, r.reference().strip());
            if (compte.isEmpty()) {
                LOG.warn("Mise en service : aucun compte professionnel pour {} (réinitialisation {})", adresse,
                        r.reference());
                continue;
            }
            equipe.avertirReinitialisation(compte.get(), null);
            LOG.info("Mise en service : accès de {} réinitialisé (demande {})", adresse, r.reference());
        }
    }
}
