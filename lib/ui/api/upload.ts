import { ApiError, networkProblem, parseBody, toProblem } from "./client";

export interface UploadProgress {
  loadedBytes: number;
  totalBytes: number;
}

export interface UploadOptions {
  onProgress?: (progress: UploadProgress) => void;
  /** Called once the request body is fully sent; the server is now parsing. */
  onUploaded?: () => void;
  signal?: AbortSignal;
}

/**
 * POSTs multipart form data with XMLHttpRequest, because fetch cannot report upload progress.
 * Resolves to the parsed JSON body on 2xx; rejects with ApiError (problem+json) otherwise,
 * or with an AbortError DOMException when `signal` aborts.
 */
export function uploadMultipart<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.setRequestHeader("accept", "application/json, application/problem+json");
    xhr.withCredentials = true;

    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.({ loadedBytes: event.loaded, totalBytes: event.total });
    };
    xhr.upload.onload = () => options.onUploaded?.();

    xhr.onload = () => {
      const body = parseBody(xhr.getResponseHeader("content-type"), xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(new ApiError(toProblem(xhr.status, xhr.statusText, body)));
    };
    xhr.onerror = () =>
      reject(
        new ApiError(
          networkProblem(
            "The upload was interrupted: the server could not be reached or closed the connection (a file over the upload limit can cause this).",
          ),
        ),
      );
    xhr.ontimeout = () => reject(new ApiError(networkProblem("The upload timed out.")));
    xhr.onabort = () => reject(new DOMException("Upload cancelled", "AbortError"));

    if (options.signal) {
      if (options.signal.aborted) {
        reject(new DOMException("Upload cancelled", "AbortError"));
        return;
      }
      options.signal.addEventListener("abort", () => xhr.abort(), { once: true });
    }
    xhr.send(form);
  });
}
