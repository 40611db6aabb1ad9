/**
 * Livrables : les documents d’une unité d’œuvre (État des lieux partagé, Projet professionnel), écrits d’un seul
 * gabarit et rendus deux fois, en page lue sur un téléphone et en PDF/A-3 balisé PDF/UA-1, avec le médiateur de
 * France compétences au pied de chaque page (CCTP §2.1.2, §2.1.3, §3.7).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Livrables")
package fr.portailcep.livrable;
