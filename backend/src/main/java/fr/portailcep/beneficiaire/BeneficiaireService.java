package fr.portailcep.beneficiaire;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.compte.CompteCree;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.Role;
import fr.portailcep.shared.NumerosTelephone;
import fr.portailcep.shared.Saisies;

/** The people followed by the service. A bénéficiaire reads only their own record. */
@Service
public class BeneficiaireService {

    private final BeneficiaireRepository beneficiaires;
    private final CompteService comptes;
    private final Clock horloge;

    BeneficiaireService(BeneficiaireRepository beneficiaires, CompteService comptes, Clock horloge) {
        this.beneficiaires = beneficiaires;
        this.comptes = comptes;
        this.horloge = horloge;
    }

    /** Every bénéficiaire account has its record, created in the same transaction. */
    @EventListener
    void compteCree(CompteCree evenement) {
        if (evenement.role() == Role.BENEFICIAIRE && beneficiaires.findByCompteId(evenement.compteId()).isEmpty()) {
            beneficiaires.save(new Beneficiaire(evenement.compteId(), evenement.email(), evenement.prenom(),
                    evenement.nom(), horloge.instant()));
        }
    }

    /** The record of the bénéficiaire signed in. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public Optional<Beneficiaire> moi() {
        return comptes.compteConnecte().flatMap(c -> beneficiaires.findByCompteId(c.id()));
    }

    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public Optional<Beneficiaire> parId(UUID id) {
        return beneficiaires.findById(id);
    }

    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<Beneficiaire> tous() {
        return beneficiaires.findAll();
    }

    /** For other features acting on behalf of the system (booking by an anonymous person, jobs). */
    @Transactional(readOnly = true)
    public Optional<Beneficiaire> parCompte(UUID compteId) {
        return beneficiaires.findByCompteId(compteId);
    }

    /**
     * For other features acting on behalf of the system (a courriel to the person, a job): the record by its id,
     * without checking who asks. Never call it to show a record to someone.
     */
    @Transactional(readOnly = true)
    public Optional<Beneficiaire> parIdPourLeSysteme(UUID id) {
        return beneficiaires.findById(id);
    }

    @Transactional
    public void completerIdentite(UUID beneficiaireId, String prenom, String nom, String telephone) {
        var saisie = Saisies.verification();
        var prenomPropre = saisie.ligne("prenom", prenom, Saisies.LONGUEUR_NOM);
        var nomPropre = saisie.ligne("nom", nom, Saisies.LONGUEUR_NOM);
        if (telephone != null && !telephone.isBlank() && !NumerosTelephone.estValide(telephone)) {
            saisie.refuser("telephone", "saisie.erreur.telephone");
        }
        saisie.exiger();
        var numero = telephone == null || telephone.isBlank() ? null : NumerosTelephone.lire(telephone).orElseThrow();
        beneficiaires.findById(beneficiaireId).ifPresent(b -> b.completerIdentite(prenomPropre, nomPropre, numero));
    }
}
