import { foldText } from '../email-sorter/tokenize';

/**
 * Header names, in several languages, for the concepts our targets use. A field of an
 * organization's own schema called "mobile" or "correo" meets the same list.
 */
export const CONCEPT_SYNONYMS: Record<string, string[]> = {
  name: ['name', 'full name', 'contact', 'contact name', 'contact person', 'person', 'nom', 'nom complet', 'nombre', 'nombre completo', 'ansprechpartner', 'kontakt', 'vollstandiger name', 'nome', 'naam'],
  firstName: ['first name', 'firstname', 'given name', 'vorname', 'prenom', 'nombre de pila', 'forename'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'nachname', 'nom de famille', 'apellido', 'apellidos'],
  company: ['company', 'company name', 'organisation', 'organization', 'org', 'firm', 'firma', 'unternehmen', 'empresa', 'compania', 'societe', 'entreprise', 'account', 'business', 'employer', 'azienda', 'bedrijf'],
  email: ['email', 'e mail', 'mail', 'email address', 'e mail adresse', 'emailadresse', 'courriel', 'adresse e mail', 'adresse mail', 'correo', 'correo electronico', 'e post'],
  phone: ['phone', 'phone number', 'phone #', 'phone no', 'tel', 'telephone', 'telefon', 'telefonnummer', 'telefono', 'mobile', 'mobile phone', 'cell', 'cell phone', 'handy', 'mobil', 'movil', 'portable', 'numero de telephone', 'fon', 'tel nr'],
  source: ['source', 'lead source', 'channel', 'quelle', 'herkunft', 'fuente', 'origen', 'origine', 'canal', 'kanal'],
  status: ['status', 'stage', 'lead status', 'state', 'estado', 'statut', 'etat', 'phase'],
  priority: ['priority', 'prio', 'prioritat', 'prioridad', 'priorite', 'urgency', 'dringlichkeit'],
  value: ['value', 'deal value', 'amount', 'deal size', 'revenue', 'budget', 'wert', 'betrag', 'auftragswert', 'valor', 'importe', 'montant', 'valeur', 'potential'],
  title: ['title', 'job title', 'position', 'role', 'titel', 'funktion', 'berufsbezeichnung', 'stelle', 'poste', 'fonction', 'cargo', 'puesto', 'designation'],
  address: ['address', 'postal address', 'street address', 'adresse', 'anschrift', 'strasse', 'direccion', 'domicilio', 'mailing address', 'indirizzo'],
  sku: ['sku', 'item code', 'item number', 'item no', 'item #', 'article no', 'art no', 'article number', 'part #', 'artikel-nr', 'codice', 'codice articolo', 'code', 'reference article', 'n article', 'art nr', 'artikelnummer', 'artikel nr', 'product code', 'part number', 'part no', 'reference', 'ref', 'referencia', 'codigo', 'code article', 'ean'],
  productName: ['name', 'product', 'product name', 'item', 'item name', 'description', 'bezeichnung', 'artikel', 'artikelname', 'produkt', 'produit', 'designation', 'libelle', 'producto', 'articulo', 'descripcion'],
  quantity: ['quantity', 'qty', 'qty.', 'amount on hand', 'on hand', 'stock', 'count', 'units', 'menge', 'anzahl', 'bestand', 'stuck', 'quantite', 'qte', 'cantidad', 'existencias', 'pcs'],
  unitPrice: ['unit price', 'price', 'price per unit', 'unit cost', 'cost', 'preis', 'einzelpreis', 'stuckpreis', 'prix', 'prix unitaire', 'pu', 'precio', 'precio unitario', 'coste'],
  location: ['location', 'warehouse', 'bin', 'shelf', 'storage location', 'lager', 'lagerort', 'lagerplatz', 'standort', 'emplacement', 'entrepot', 'ubicacion', 'almacen'],
};

/** Lower-case, fold accents, turn punctuation into spaces: "Téléphone #" → "telephone #". */
export function normalizeHeader(header: string): string {
  return foldText(header)
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
}

/** The concept a field name evokes: "contactEmail" → email, "mobile_phone" → phone. */
export function conceptsForFieldName(fieldName: string): string[] {
  const spaced = normalizeHeader(fieldName.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' '));
  const found: string[] = [];
  for (const [concept, synonyms] of Object.entries(CONCEPT_SYNONYMS)) {
    if (concept === 'productName') continue;
    if (normalizeHeader(concept) === spaced || synonyms.includes(spaced)) found.push(concept);
  }
  return found;
}
