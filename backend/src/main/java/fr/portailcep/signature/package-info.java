/**
 * Signature : l’acte d’une personne sur un document précis. La clé d’accès signe l’empreinte d’un manifeste qui
 * contient celle du PDF exact ; chaque acte entre dans un journal de preuves chaîné ; le document signé par tous
 * reçoit une page de signatures, ses preuves en pièces jointes PDF/A-3 et le cachet de l’opérateur (PAdES) ; tout
 * le monde peut le vérifier, sans le portail (code civil art. 1367, eIDAS art. 26).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signature")
package fr.portailcep.signature;
