package fr.portailcep.parcours;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.operateur.PolitiqueAcces;

/**
 * The dossier's side of the access policy: who is signed in, and whether they may read or change a person's dossier,
 * plan, messages and attachments. The rule itself is {@link PolitiqueAcces} (one place for the whole portal);
 * here it answers with the dossier's "introuvable", whatever the view or the URL.
 */
@Component
public class AccesDossiers {

    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final PolitiqueAcces politique;
    private final DossierRepository dossiers;

    AccesDossiers(CompteService comptes, BeneficiaireService beneficiaires, PolitiqueAcces politique,
            DossierRepository dossiers) {
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.politique = politique;
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

    /** Whether this account may see this person's dossier (no journal: for filtering what is already listed). */
    @Transactional(readOnly = true)
    public boolean peutConsulter(Compte compte, UUID beneficiaireId) {
        return politique.voit(compte.id(), beneficiaireId);
    }

    /** Every account of this person's team (who may see them), the person themself excluded. */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> equipeDe(UUID beneficiaireId) {
        return politique.equipe(beneficiaireId);
    }

    /**
     * Throws {@link ElementIntrouvable} unless the person signed in may read this person's data ({@code lecture}
     * says what, for the journal: every staff read is journaled, every refusal too).
     */
    @Transactional(readOnly = true)
    public void exigerLecture(UUID beneficiaireId, ActionAudit lecture) {
        if (beneficiaireId == null || !politique.peutLire(beneficiaireId, lecture, null)) {
            throw new ElementIntrouvable();
        }
    }

    /** Throws {@link ElementIntrouvable} unless the person signed in may act on this person's dossier. */
    @Transactional(readOnly = true)
    public void exiger(UUID beneficiaireId, String acte) {
        if (beneficiaireId == null) {
            throw new ElementIntrouvable();
        }
        try {
            politique.exigerActe(beneficiaireId, acte);
        } catch (fr.portailcep.shared.Introuvable e) {
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
}
