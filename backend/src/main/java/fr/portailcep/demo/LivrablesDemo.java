package fr.portailcep.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.CompteService;
import fr.portailcep.livrable.LivrablesService;
import fr.portailcep.livrable.TypeLivrable;

/**
 * The livrables of the demo: Julien Weber has started the État des lieux partagé of Thomas Petit (in UO1), prefilled
 * from his profile, his first interview and his plan; Thomas can read it and comment before it is submitted.
 */
@Component
@Profile("demo")
class LivrablesDemo implements JeuDeDonneesDemo {

    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final LivrablesService livrables;

    LivrablesDemo(CompteService comptes, BeneficiaireService beneficiaires, LivrablesService livrables) {
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.livrables = livrables;
    }

    @Override
    public String nom() {
        return "livrables";
    }

    @Override
    public int ordre() {
        return 30;
    }

    @Override
    public void charger() {
        var julien = comptes.parEmail(new AdresseCourriel("julien.weber" + SocleDemo.DOMAINE)).orElseThrow();
        var thomas = comptes.parEmail(new AdresseCourriel("thomas.petit" + SocleDemo.DOMAINE))
                .flatMap(c -> beneficiaires.parCompte(c.id())).orElseThrow().id();
        EnTantQue.faire(julien, () -> livrables.rediger(thomas, TypeLivrable.ETAT_DES_LIEUX));
    }
}
