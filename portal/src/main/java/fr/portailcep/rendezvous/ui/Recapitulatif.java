package fr.portailcep.rendezvous.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import fr.portailcep.operateur.Site;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.VueRendezVous;
import fr.portailcep.shared.Formats;

/** When, how and where a rendez-vous takes place, as a card. */
class Recapitulatif extends Div {

    Recapitulatif(Instant debut, Instant fin, Modalite modalite, Optional<Site> site, ZoneId zone, String conseiller) {
        addClassNames("pc-carte", "pc-recap");
        var quand = new Paragraph(Formats.francais().dateLongueHeure(debut, zone) + " (" + Formats.francais().duree(debut, fin) + ")");
        quand.addClassName("pc-recap-quand");
        add(quand);
        if (modalite == null) {
            site.ifPresent(s -> add(new Paragraph(s.nom())));
        } else {
            switch (modalite) {
                case SUR_SITE -> site.ifPresent(s -> {
                    add(new Paragraph(getTranslation("modalite.SUR_SITE") + " : " + s.nom() + ", " + s.adresseComplete()));
                    if (s.acces() != null) {
                        discret(getTranslation("recap.acces", s.acces()));
                    }
                    if (s.accessibilite() != null) {
                        discret(getTranslation("recap.accessibilite", s.accessibilite()));
                    }
                });
                case TELEPHONE -> add(new Paragraph(getTranslation("modalite.TELEPHONE") + " – "
                        + getTranslation("recap.telephone")));
                case VISIO -> add(new Paragraph(getTranslation("modalite.VISIO") + " – " + getTranslation("recap.visio")));
            }
        }
        if (conseiller != null && !conseiller.isBlank()) {
            add(new Paragraph(getTranslation("recap.avec", conseiller)));
        }
    }

    Recapitulatif(VueRendezVous vue) {
        this(vue.rendezVous().debut(), vue.rendezVous().fin(), vue.rendezVous().modalite(), vue.site(), vue.zone(),
                vue.conseiller());
    }

    private void discret(String texte) {
        var p = new Paragraph(texte);
        p.addClassName("pc-discret");
        add(p);
    }
}
