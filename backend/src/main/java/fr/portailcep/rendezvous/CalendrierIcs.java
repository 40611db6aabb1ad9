package fr.portailcep.rendezvous;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * The calendar file (.ics, RFC 5545 / iTIP RFC 5546) sent with each courriel about a rendez-vous, written with
 * ical4j: METHOD:REQUEST with the rendez-vous' stable UID and its sequence (increased at each change, so that the
 * person's calendar replaces the event), METHOD:CANCEL when it is cancelled. Times are in UTC: every calendar shows
 * them in its own time zone.
 */
public final class CalendrierIcs {

    public static final String TYPE_MIME_REQUEST = "text/calendar; method=REQUEST; charset=UTF-8";
    public static final String TYPE_MIME_CANCEL = "text/calendar; method=CANCEL; charset=UTF-8";
    public static final String NOM_FICHIER = "rendez-vous.ics";

    /** What the event says. */
    public record Evenement(String uid, int sequence, Instant debut, Instant fin, String titre, String lieu,
            String description, String organisateurNom, String organisateurCourriel, String participantNom,
            String participantCourriel) {
    }

    private CalendrierIcs() {
    }

    public static byte[] demande(Evenement e, Instant maintenant) {
        return ecrire(e, maintenant, false);
    }

    public static byte[] annulation(Evenement e, Instant maintenant) {
        return ecrire(e, maintenant, true);
    }

    private static byte[] ecrire(Evenement e, Instant maintenant, boolean annulation) {
        var evenement = new VEvent(e.debut(), e.fin(), e.titre());
        evenement.add(new Uid(e.uid()));
        evenement.add(new Sequence(e.sequence()));
        evenement.replace(new DtStamp(maintenant));
        if (e.lieu() != null) {
            evenement.add(new Location(e.lieu()));
        }
        if (e.description() != null) {
            evenement.add(new Description(e.description()));
        }
        var organisateur = new Organizer(URI.create("mailto:" + e.organisateurCourriel()));
        organisateur.add(new Cn(e.organisateurNom()));
        evenement.add(organisateur);
        var participant = new Attendee(URI.create("mailto:" + e.participantCourriel()));
        if (e.participantNom() != null) {
            participant.add(new Cn(e.participantNom()));
        }
        participant.add(Role.REQ_PARTICIPANT);
        if (!annulation) {
            participant.add(PartStat.ACCEPTED);
        }
        evenement.add(participant);
        evenement.add(annulation ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);

        Method methode = annulation ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST;
        var calendrier = new Calendar();
        calendrier.withProdId("-//Portail CEP//Rendez-vous//FR").withDefaults().withProperty(methode)
                .withComponent(evenement);
        var texte = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendrier, texte);
        } catch (IOException ex) {
            throw new IllegalStateException("Fichier de calendrier impossible à écrire", ex);
        }
        return texte.toString().getBytes(StandardCharsets.UTF_8);
    }
}
