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
    record Reglages(OperateurReglage operateur, List<SiteReglage> sites, ManagerReglage manager) {
        Reglages {
            sites = sites == null ? List.of() : sites;
        }
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
            EquipeService equipe, Textes textes, JdbcClient jdbc, TransactionTemplate transaction) {
        return arguments -> transaction.executeWithoutResult(statut -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('portail-mise-en-service'))").query().singleRow();
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
}
