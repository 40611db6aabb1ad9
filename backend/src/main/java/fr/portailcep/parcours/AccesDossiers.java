package fr.portailcep.parcours;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.operateur.OperateurService;

/**
 * Who may see a person's dossier, plan, messages and attachments. Checked in the services, whatever the view or the
 * URL: a bénéficiaire sees only their own; a conseiller or manager sees the dossiers they follow and those of the
 * sites they work at, and a person with no dossier yet (first contact); the médiateur sees none here (their access
 * to an escalated dossier is a feature of its own, logged).
 */
@Component
public class AccesDossiers {

    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final OperateurService operateurs;
    private final DossierRepository dossiers;

    AccesDossiers(CompteService comptes, BeneficiaireService beneficiaires, OperateurService operateurs,
            DossierRepository dossiers) {
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.operateurs = operateurs;
        this.dossiers = dossiers;
    }

    /** The person signed in. */
    public Compte moi() {
        return comptes.compteConnecte().orElseThrow(ElementIntrouvable::new);
    }

    /** The bénéficiaire record of the person signed in (a bénéficiaire). */
    @Transactional(readOnly = true)
    public UUID monBeneficiaireId() {
        var moi = moi();
        return beneficiaires.parCompte(moi.id()).orElseThrow(ElementIntrouvable::new).id();
    }

    @Transactional(readOnly = true)
    public boolean peutConsulter(Compte compte, UUID beneficiaireId) {
        return switch (compte.role()) {
            case BENEFICIAIRE -> beneficiaires.parCompte(compte.id()).map(b -> b.id().equals(beneficiaireId))
                    .orElse(false);
            case CONSEILLER, MANAGER -> dossiers.findByBeneficiaireId(beneficiaireId)
                    .map(d -> equipeDuDossier(compte, d))
                    .orElse(true);
            case MEDIATEUR -> false;
        };
    }

    /** Throws {@link ElementIntrouvable} unless the person signed in may see this bénéficiaire's dossier. */
    @Transactional(readOnly = true)
    public void exiger(UUID beneficiaireId) {
        if (beneficiaireId == null || !peutConsulter(moi(), beneficiaireId)) {
            throw new ElementIntrouvable();
        }
    }

    /**
     * Whom the person deals with: their référent unique, or else the conseiller of their open dossier; empty when
     * nobody is named yet (then the whole team of the site answers).
     */
    @Transactional(readOnly = true)
    public Optional<UUID> interlocuteur(UUID beneficiaireId) {
        return dossiers.findByBeneficiaireId(beneficiaireId).filter(Dossier::ouvert)
                .flatMap(d -> d.referentId().or(d::conseillerId));
    }

    private boolean equipeDuDossier(Compte compte, Dossier dossier) {
        if (dossier.referentId().map(compte.id()::equals).orElse(false)
                || dossier.conseillerId().map(compte.id()::equals).orElse(false)
                || dossier.unites().stream().anyMatch(u -> u.conseillerId().equals(compte.id()))) {
            return true;
        }
        if (dossier.siteId().isEmpty()) {
            return true;
        }
        return operateurs.sitesDe(compte.id()).stream().anyMatch(s -> s.id().equals(dossier.siteId().get()));
    }
}
