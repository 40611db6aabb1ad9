package fr.portailcep.messagerie;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.compte.CompteService;
import fr.portailcep.parcours.AccesDossiers;
import fr.portailcep.parcours.Libelle;
import fr.portailcep.parcours.SourceUrgences;
import fr.portailcep.parcours.Urgence;

/** The caseload's "messages waiting": each person waiting for an answer from this conseiller (or the team). */
@Component
class UrgencesMessagerie implements SourceUrgences {

    private final FilMessagesRepository fils;
    private final AccesDossiers acces;
    private final CompteService comptes;
    private final Clock horloge;

    UrgencesMessagerie(FilMessagesRepository fils, AccesDossiers acces, CompteService comptes,
            Clock horloge) {
        this.fils = fils;
        this.acces = acces;
        this.comptes = comptes;
        this.horloge = horloge;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Urgence> urgences(UUID conseillerId, Set<UUID> suivis, LocalDate aujourdhui) {
        var conseiller = comptes.parId(conseillerId).orElse(null);
        if (conseiller == null) {
            return List.of();
        }
        var resultat = new ArrayList<Urgence>();
        for (var fil : fils.enAttenteVisibles(conseillerId)) {
            var id = fil.beneficiaireId();
            var pourLui = suivis.contains(id) || acces.interlocuteur(id).isEmpty();
            if (pourLui) {
                var depuis = fil.attenteDepuis().orElseThrow();
                resultat.add(new Urgence(id, Urgence.Type.MESSAGE_EN_ATTENTE,
                        LocalDate.ofInstant(depuis, horloge.getZone()),
                        Libelle.de("messagerie.urgence", Attente.libelle(Duration.between(depuis, horloge.instant())))));
            }
        }
        return resultat;
    }
}
