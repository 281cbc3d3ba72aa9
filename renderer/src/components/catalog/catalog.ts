/** The technology catalog the "Add from catalog…" dialog lists: the core's validated catalog. */
export { CATALOG } from '../../../../core/catalog';
