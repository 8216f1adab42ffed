export const metaOf = () => import.meta;
