// Vite's ?url import of the Fragments worker: the file is copied into our build and this is its URL.
declare module '@thatopen/fragments/worker?url' {
  const url: string;
  export default url;
}
