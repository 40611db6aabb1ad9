package fr.portailcep.rendezvous.ui;

import java.time.LocalDate;
import java.util.Optional;

import fr.portailcep.beneficiaire.Beneficiaire;
import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.CompteService;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.rendezvous.ContexteDemande;

/**
 * The due date shown to the person: that of their open request if they are signed in and have one (their clock
 * already runs), otherwise the one their request starts now.
 */
final class DemandeCourante {

    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final EcheancesService echeances;

    DemandeCourante(CompteService comptes, BeneficiaireService beneficiaires, EcheancesService echeances) {
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.echeances = echeances;
    }

    Optional<Beneficiaire> moi() {
        return beneficiaires.moiSiBeneficiaire();
    }

    LocalDate dateLimite(ContexteDemande contexte) {
        return echeances.maDemandeOuverte().map(d -> d.dateLimite())
                .orElse(contexte.dateLimite());
    }
}
