// Recordings of "Hear yourself" live only in this browser's IndexedDB (never uploaded): save, read, delete.
const DB_NAME = "starloop-recordings";
const STORE = "recordings";

export interface StoredRecording {
  id: string;
  label: string;
  createdAt: number;
  blob: Blob;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: "id" });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = body(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export function putRecording(rec: StoredRecording): Promise<IDBValidKey> {
  return run("readwrite", (s) => s.put(rec));
}

export function getRecording(id: string): Promise<StoredRecording | undefined> {
  return run("readonly", (s) => s.get(id) as IDBRequest<StoredRecording | undefined>);
}

export function deleteRecording(id: string): Promise<undefined> {
  return run("readwrite", (s) => s.delete(id));
}

export function countRecordings(): Promise<number> {
  return run("readonly", (s) => s.count());
}

export function clearRecordings(): Promise<undefined> {
  return run("readwrite", (s) => s.clear());
}
