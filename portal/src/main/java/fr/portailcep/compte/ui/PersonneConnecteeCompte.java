package fr.portailcep.compte.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.shared.ui.PersonneConnectee;

@Component
class PersonneConnecteeCompte implements PersonneConnectee {

    private final CompteService comptes;

    PersonneConnecteeCompte(CompteService comptes) {
        this.comptes = comptes;
    }

    @Override
    public Optional<String> nomAffiche() {
        return comptes.compteConnecte().map(Compte::nomAffiche);
    }
}
