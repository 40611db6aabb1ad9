package fr.portailcep.rendezvous;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

class CalendrierIcsTest {

    private static final Instant DEBUT = Instant.parse("2026-12-01T08:00:00Z");

    private static CalendrierIcs.Evenement evenement(int sequence) {
        return new CalendrierIcs.Evenement("abc@portail-cep.fr", sequence, DEBUT, DEBUT.plusSeconds(3600),
                "Rendez-vous Conseil en évolution professionnelle", "Strasbourg – Centre, 12 rue du Vieux-Marché-aux-Vins",
                "Où : Strasbourg\nAccessibilité : entrée de plain-pied", "Portail CEP", "ne-pas-repondre@portail-cep.fr",
                "Camille Martin", "camille.martin@exemple.fr");
    }

    private static Calendar lire(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    @Test
    void une_demande_porte_l_uid_la_sequence_et_les_heures_en_utc() throws Exception {
        var ics = CalendrierIcs.demande(evenement(0), Instant.parse("2026-11-23T10:00:00Z"));
        // RFC 5545 folds lines at 75 octets: unfold before reading.
        var texte = new String(ics, StandardCharsets.UTF_8).replace("\r\n ", "").replace("\n ", "");
        assertThat(texte).containsOnlyOnce("DTSTAMP:20261123T100000Z");
        assertThat(texte).contains("METHOD:REQUEST", "UID:abc@portail-cep.fr", "SEQUENCE:0",
                "DTSTART:20261201T080000Z", "DTEND:20261201T090000Z", "STATUS:CONFIRMED",
                "mailto:camille.martin@exemple.fr");
        var calendrier = lire(ics);
        var evenement = (VEvent) calendrier.getComponent("VEVENT").orElseThrow();
        assertThat(evenement.getSummary().getValue()).isEqualTo("Rendez-vous Conseil en évolution professionnelle");
        assertThat(evenement.getLocation().getValue()).contains("Vieux-Marché-aux-Vins");
    }

    @Test
    void un_deplacement_garde_l_uid_et_augmente_la_sequence_une_annulation_dit_cancel() throws Exception {
        var deplace = new String(CalendrierIcs.demande(evenement(1), Instant.now()), StandardCharsets.UTF_8);
        assertThat(deplace).contains("UID:abc@portail-cep.fr", "SEQUENCE:1", "METHOD:REQUEST");
        var annule = new String(CalendrierIcs.annulation(evenement(2), Instant.now()), StandardCharsets.UTF_8);
        assertThat(annule).contains("METHOD:CANCEL", "UID:abc@portail-cep.fr", "SEQUENCE:2", "STATUS:CANCELLED");
        assertThat(lire(annule.getBytes(StandardCharsets.UTF_8)).getMethod().getValue()).isEqualTo("CANCEL");
    }
}
